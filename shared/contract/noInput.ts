/** The input of a call that takes none: an empty object, nothing else. */
import { z } from 'zod';

export const noInput = z.object({}).strict();
