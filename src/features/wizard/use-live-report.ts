import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { checkRequest } from '../../core/completeness/check-request';
import type { CompletenessReport } from '../../core/completeness/report-types';
import type { RequestData } from '../../core/request/request-schema';

/** The report of the form as it stands, recomputed as the user types (a pure function: well under a millisecond). */
export function useLiveReport(): CompletenessReport {
  const values = useWatch() as RequestData;
  return useMemo(() => checkRequest(values), [values]);
}
