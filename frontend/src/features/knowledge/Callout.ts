import { mergeAttributes, Node } from '@tiptap/core';

export type CalloutVariant = 'info' | 'warning';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    callout: {
      /** Wraps the selected blocks in a callout of this variant, switches its variant, or unwraps it if it already is one. */
      toggleCallout: (variant: CalloutVariant) => ReturnType;
    };
  }
}

/**
 * A highlighted box around paragraphs: {@code <div class="callout callout-info|callout-warning">}, the markup the
 * server keeps (ArticleHtml.java) and the help center styles. Older bodies' {@code <div class="callout-info">}
 * are read as callouts too.
 */
export const Callout = Node.create({
  name: 'callout',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      variant: {
        default: 'info' as CalloutVariant,
        parseHTML: (element) => (element.classList.contains('callout-warning') ? 'warning' : 'info'),
        renderHTML: (attributes) => ({ class: `callout callout-${attributes.variant as CalloutVariant}` }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div.callout-info' }, { tag: 'div.callout-warning' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      toggleCallout: (variant) => ({ editor, commands }) => {
        if (editor.isActive(this.name, { variant })) return commands.lift(this.name);
        if (editor.isActive(this.name)) return commands.updateAttributes(this.name, { variant });
        return commands.wrapIn(this.name, { variant });
      },
    };
  },
});
