import { isoDateOf } from '../core/dates/iso-date';

/** Today's date in this browser's time zone: a request is dated where it is written. */
export const localIsoDate = () => isoDateOf(new Date());
