import { describe, expect, it } from 'vitest';
import { filterBoard } from './TeamPresencePage';
const member = (userId, teamIds = []) => ({ userId, displayName: userId, status: 'AVAILABLE', reason: null, since: null, teamIds });
describe('filterBoard', () => {
    const teams = [
        { id: 't1', name: 'Billing', memberIds: ['me', 'ana'] },
        { id: 't2', name: 'Returns', memberIds: ['bo'] },
    ];
    const board = [member('me', ['t1']), member('ana', ['t1']), member('bo', ['t2']), member('cy')];
    it('shows everyone without a filter', () => {
        expect(filterBoard(board, '', teams, 'me')).toHaveLength(4);
    });
    it('shows the members of my teams', () => {
        expect(filterBoard(board, 'mine', teams, 'me').map((p) => p.userId)).toEqual(['me', 'ana']);
    });
    it('shows one team', () => {
        expect(filterBoard(board, 't2', teams, 'me').map((p) => p.userId)).toEqual(['bo']);
    });
});
