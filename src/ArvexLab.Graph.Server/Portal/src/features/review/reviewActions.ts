import type { PayloadError } from '../../components/states';
import type { Finding } from './findings';

export type Decision = 'CONFIRM' | 'CORRECT' | 'REJECT';

/** What the workspace can do to findings and the document; each answers the payload's errors (empty = applied). */
export interface ReviewActions {
  decide(finding: Finding, decision: Decision, correction?: string): Promise<readonly PayloadError[]>;
  confirmMany(findings: readonly Finding[], minConfidence: number): Promise<readonly PayloadError[]>;
  approve(comment?: string): Promise<readonly PayloadError[]>;
  reject(comment: string): Promise<readonly PayloadError[]>;
}

export const isConflict = (errors: readonly PayloadError[]) => errors.some((e) => e.code === 'CONFLICT');
