import { describe, expect, it } from 'vitest';
import { treeOrder } from './CategoryTree';

describe('treeOrder', () => {
  it('lists each category after its parent, siblings by name, with their depth', () => {
    const ordered = treeOrder([
      { id: 'r', parentId: 'b', name: 'Refunds' },
      { id: 's', parentId: null, name: 'Shipping' },
      { id: 'b', parentId: null, name: 'Billing' },
      { id: 'i', parentId: 'b', name: 'Invoices' },
    ]);
    expect(ordered.map((o) => `${o.depth}:${o.category.name}`)).toEqual(['0:Billing', '1:Invoices', '1:Refunds', '0:Shipping']);
  });
});
