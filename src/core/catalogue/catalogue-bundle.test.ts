import { describe, expect, it } from 'vitest';
import { catalogueFiles } from '../../../scripts/catalogue-files';
import bundle from './instruments.generated.json';

describe('the catalogue bundle', () => {
  it('is the instrument files of schemas/catalogue/, as they are (npm run catalogue:bundle)', () => {
    expect(bundle.instruments).toEqual(catalogueFiles());
  });
});
