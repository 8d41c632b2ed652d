import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { checkRequest } from '../../core/completeness/check-request';
import type { CompletenessReport } from '../../core/completeness/report-types';
import type { RequestData } from '../../core/request/request-schema';
import { localIsoDate } from '../../lib/today';

/**
 * The report of the form as it stands, recomputed as the user types (a pure function: about a millisecond),
 * with every answer checked against its limits too: the form may hold a value a stored draft brought in.
 */
export function useLiveReport(): CompletenessReport {
  const values = useWatch() as RequestData;
  return useMemo(() => checkRequest(values, { today: localIsoDate(), validate: true }), [values]);
}
