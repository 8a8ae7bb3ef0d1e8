'use client';

import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { bodyExtensions, parseEmbedUrl } from '@/lib/articles/body-schema.shared';
import { cleanPastedHtml } from '@/lib/articles/paste.shared';
import type { PickedImage } from '@/lib/media/types';
import { MediaPicker } from '@/components/admin/media-picker.client';

type Props = { initialJson: string; onChange: (json: string) => void; editable: boolean; invalid?: boolean; label?: string; minHeight?: string };

/** The body editor: TipTap with exactly the nodes readers' pages render, and a toolbar for each. */
export function RichText({ initialJson, onChange, editable, invalid, label = 'Article text', minHeight = 'min-h-[24rem]' }: Props) {
  const editor = useEditor({
    extensions: bodyExtensions,
    content: JSON.parse(initialJson) as object,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: `prose prose-lg max-w-none ${minHeight} px-4 py-3 font-serif focus:outline-none`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => onChange(JSON.stringify(e.getJSON())),
  });
  return (
    <div className={`rounded border ${invalid ? 'border-accent' : 'border-rule'} bg-white`}>
      {editor && editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} data-testid="body-editor" />
    </div>
  );
}

const button = 'rounded px-2 py-1 text-sm font-semibold hover:bg-rule aria-pressed:bg-ink aria-pressed:text-paper';

function Toolbar({ editor }: { editor: Editor }) {
  const [picking, setPicking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      quote: e.isActive('blockquote'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      pull: e.isActive('pullQuote'),
      link: e.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
    const href = window.prompt('Link address (https://…). Leave empty to remove the link.', previous);
    if (href === null) return;
    if (href.trim() === '') chain().extendMarkRange('link').unsetLink().run();
    else if (/^(https?:\/\/|mailto:|\/)/i.test(href.trim())) chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
    else window.alert('Links must start with https://, http://, mailto: or /.');
  };
  const addEmbed = () => {
    const url = window.prompt('Address of a YouTube video, X post or Instagram post');
    if (!url) return;
    const parsed = parseEmbedUrl(url);
    if (!parsed) return window.alert('That is not a YouTube, X or Instagram post address.');
    chain().insertContent({ type: 'embed', attrs: parsed }).run();
  };
  const addImage = (image: PickedImage) => {
    setPicking(false);
    chain()
      .insertContent({ type: 'figure', attrs: { imageId: image.id, src: image.src, alt: image.alt, caption: image.caption, credit: image.credit, width: image.width, height: image.height } })
      .run();
  };
  const items: { label: string; pressed?: boolean; run: () => void; title?: string }[] = [
    { label: 'B', title: 'Bold', pressed: state.bold, run: () => chain().toggleBold().run() },
    { label: 'I', title: 'Italic', pressed: state.italic, run: () => chain().toggleItalic().run() },
    { label: 'S', title: 'Strikethrough', pressed: state.strike, run: () => chain().toggleStrike().run() },
    { label: 'H2', title: 'Heading', pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: 'H3', title: 'Subheading', pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: 'Link', pressed: state.link, run: setLink },
    { label: '“ Quote', title: 'Block quote', pressed: state.quote, run: () => chain().toggleBlockquote().run() },
    { label: 'Pull quote', pressed: state.pull, run: () => chain().toggleNode('pullQuote', 'paragraph').run() },
    { label: '• List', title: 'Bulleted list', pressed: state.bullets, run: () => chain().toggleBulletList().run() },
    { label: '1. List', title: 'Numbered list', pressed: state.numbers, run: () => chain().toggleOrderedList().run() },
    { label: 'Image', title: 'Picture from the media library', run: () => setPicking(true) },
    { label: 'Embed', title: 'YouTube, X or Instagram post', run: addEmbed },
    { label: '↶', title: 'Undo', run: () => chain().undo().run() },
    { label: '↷', title: 'Redo', run: () => chain().redo().run() },
  ];
  return (
    <>
      <div role="toolbar" aria-label="Formatting" className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-rule bg-paper px-2 py-1">
        {items.map((item) => (
          <button
            key={item.title ?? item.label}
            type="button"
            className={button}
            aria-label={item.title ?? item.label}
            title={item.title ?? item.label}
            {...(item.pressed !== undefined ? { 'aria-pressed': item.pressed } : {})}
            onMouseDown={(e) => e.preventDefault()}
            onClick={item.run}
          >
            {item.label}
          </button>
        ))}
      </div>
      {picking && <MediaPicker onSelect={addImage} onClose={() => setPicking(false)} />}
    </>
  );
}
