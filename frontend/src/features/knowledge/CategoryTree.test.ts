import { describe, expect, it } from 'vitest';
import { treeOrder } from './CategoryTree';

describe('treeOrder', () => {
  it('lists each category after its parent, siblings by name, with their depth', () => {
    const category = (id: string, parentId: string | null, name: string) => ({ id, parentId, name, description: null, translations: {} });
    const ordered = treeOrder([
      category('r', 'b', 'Refunds'),
      category('s', null, 'Shipping'),
      category('b', null, 'Billing'),
      category('i', 'b', 'Invoices'),
    ]);
    expect(ordered.map((o) => `${o.depth}:${o.category.name}`)).toEqual(['0:Billing', '1:Invoices', '1:Refunds', '0:Shipping']);
  });
});
