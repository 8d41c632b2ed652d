import { mlaParticulars } from './mla';
import type { KindTemplate } from './request-document';

/** Real-time collection of traffic data (Art. 45): an MLA request too, so it closes as one (40(19), 40(20)). */
export const trafficDataTemplate: KindTemplate = { particulars: mlaParticulars };
