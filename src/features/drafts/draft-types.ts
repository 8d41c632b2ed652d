import type { RequestData } from '../../core/request/request-schema';

export interface Draft {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  request: RequestData;
}

export interface DraftSummary {
  id: string;
  name: string;
  kind: string;
  updatedAt: string;
}
