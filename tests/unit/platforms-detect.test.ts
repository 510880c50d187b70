// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor, findComposers } from '../../lib/platforms';

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

const fbEditor = (label: string) => `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><br></p></div>`;

describe('adapterFor', () => {
  it.each([
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['www.linkedin.com', 'linkedin'],
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['example.com', undefined],
    ['notfacebook.com', undefined],
  ])('%s → %s', (host, platform) => {
    expect(adapterFor(host)?.platform).toBe(platform);
  });
});

describe('findComposers', () => {
  const find = (host: string, html: string, replyBoxes = true) => {
    document.body.innerHTML = html;
    return findComposers(adapterFor(host)!, document, location, { replyBoxes }).map((c) => ({
      id: c.editor.id,
      kind: c.kind,
      detection: c.detection,
    }));
  };

  it.each([
    [
      'facebook post dialog and a comment box under a post',
      'www.facebook.com',
      `<div role="dialog"><form>${fbEditor('What is on your mind?').replace('<div', '<div id="a"')}<div role="button" aria-label="Post">Post</div></form></div>
       <div role="article"><form>${fbEditor('Write a comment…').replace('<div', '<div id="b"')}</form></div>`,
      [{ id: 'a', kind: 'post', detection: 'adapter' }, { id: 'b', kind: 'reply', detection: 'adapter' }],
    ],
    [
      'linkedin share box and comment box',
      'www.linkedin.com',
      `<div class="share-box"><div id="a" class="ql-editor" contenteditable="true"><p><br></p></div></div>
       <div class="comments-comment-box"><div id="b" class="ql-editor" contenteditable="true"><p><br></p></div></div>`,
      [{ id: 'a', kind: 'post', detection: 'adapter' }, { id: 'b', kind: 'reply', detection: 'adapter' }],
    ],
    [
      'x thread with two posts',
      'x.com',
      `<div role="dialog"><div class="DraftEditor-root"><div id="a" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div>
       <div class="DraftEditor-root"><div id="b" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_1"></div></div></div>`,
      [{ id: 'a', kind: 'post', detection: 'adapter' }, { id: 'b', kind: 'post', detection: 'adapter' }],
    ],
    [
      'x with renamed test ids falls back to the editor markers',
      'x.com',
      `<div id="a" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="composer_main"></div>`,
      [{ id: 'a', kind: 'post', detection: 'generic' }],
    ],
    [
      'linkedin drift: a Quill editor outside the renamed share box',
      'www.linkedin.com',
      `<div class="sharebox-v2"><div id="a" class="ql-editor" contenteditable="true" role="textbox"><p><br></p></div></div>`,
      [{ id: 'a', kind: 'post', detection: 'generic' }],
    ],
    [
      'linkedin drift: a bare contenteditable textbox',
      'www.linkedin.com',
      `<div class="editor-x9"><div id="a" contenteditable="true" role="textbox"><p>hi</p></div></div>`,
      [{ id: 'a', kind: 'post', detection: 'generic' }],
    ],
    ['no editors, nothing found', 'www.facebook.com', '<div role="textbox">not editable</div><input>', []],
  ])('%s', (_, host, html, expected) => {
    expect(find(host, html)).toEqual(expected);
  });

  it('leaves reply boxes out when the personal setting says so', () => {
    const html = `<div role="dialog">${fbEditor('Create post').replace('<div', '<div id="a"')}</div><div role="article">${fbEditor('Comment').replace('<div', '<div id="b"')}</div>`;
    expect(find('www.facebook.com', html, false).map((c) => c.id)).toEqual(['a']);
    expect(find('www.facebook.com', html, true).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('counts the inline box on an X status page as a reply', () => {
    history.replaceState(null, '', '/someone/status/123');
    const html = `<div id="a" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div>`;
    expect(find('x.com', html)[0]?.kind).toBe('reply');
  });
});

describe('post knowledge', () => {
  it.each([
    ['Post'],
    ['Posten'],
  ])('facebook finds the %s button by its label', (label) => {
    document.body.innerHTML = `<div role="dialog"><div role="button" aria-label="Close"></div>${fbEditor('x').replace('<div', '<div id="e"')}<div role="button" aria-label="${label}" id="p"></div></div>`;
    const { buttons } = adapterFor('www.facebook.com')!.post(document.getElementById('e')!);
    expect(buttons.map((b) => b.id)).toEqual(['p']);
  });

  it('facebook falls back to the last button after the editor for an unknown UI language', () => {
    document.body.innerHTML = `<div role="dialog"><div role="button" aria-label="Schließen"></div>${fbEditor('x').replace('<div', '<div id="e"')}<div role="button" aria-label="Foto"></div><div role="button" aria-label="Publiser" id="p"></div></div>`;
    const { buttons, keys } = adapterFor('www.facebook.com')!.post(document.getElementById('e')!);
    expect(buttons.map((b) => b.id)).toEqual(['p']);
    expect(keys).toEqual(['mod-enter']);
  });

  it('x shares one post button across a thread', () => {
    document.body.innerHTML = `<div role="dialog"><div><div id="a" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div><div><div id="b" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_1"></div></div><button data-testid="tweetButton" id="p"></button></div>`;
    const x = adapterFor('x.com')!;
    expect(x.post(document.getElementById('a')!).buttons.map((b) => b.id)).toEqual(['p']);
    expect(x.post(document.getElementById('b')!).buttons.map((b) => b.id)).toEqual(['p']);
  });
});
