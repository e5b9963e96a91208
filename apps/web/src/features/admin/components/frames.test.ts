import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CardSection } from '../../../components/ui/card-section';
import { AdminScreen } from './admin-screen';
import { FormFrame } from './form-frame';

// The frames hold no state, so the tests call them as functions and read their markup (no DOM here).
const html = renderToStaticMarkup;

describe('AdminScreen', () => {
  it('leads back to the organiser’s start, then the title, then the body', () => {
    const markup = html(
      AdminScreen({
        title: 'Đội',
        subtitle: '2026',
        children: createElement('p', null, 'body'),
      }),
    );
    expect(markup).toBe(
      '<section class="stack"><a href="/admin" class="back-link">‹ Ban tổ chức</a>' +
        '<header class="page-header"><div><h1 class="page-header__title">Đội</h1>' +
        '<p class="page-header__subtitle">2026</p></div></header><p>body</p></section>',
    );
  });
});

describe('CardSection', () => {
  it('is a card named by its heading', () => {
    expect(html(CardSection({ id: 'rounds-admin', title: 'Vòng', children: 'x' }))).toBe(
      '<section class="card stack" aria-labelledby="rounds-admin">' +
        '<h2 id="rounds-admin" class="section-title">Vòng</h2>x</section>',
    );
  });
});

describe('FormFrame', () => {
  const props = { submitLabel: 'Thêm', busy: false, error: null, onSubmit: () => {} };

  it('puts the fields first and the submit button last, passing the form’s own attributes', () => {
    const markup = html(
      FormFrame({
        ...props,
        className: 'card',
        'aria-label': 'Đội mới',
        noValidate: true,
        children: 'fields',
      }),
    );
    expect(markup).toBe(
      '<form class="card" aria-label="Đội mới" noValidate="">fields' +
        '<button type="submit" class="button button--primary">Thêm</button></form>',
    );
  });

  it('shows the last refusal above the button, titled “not saved” unless told otherwise', () => {
    const refused = html(FormFrame({ ...props, error: new Error('offline'), children: 'fields' }));
    expect(refused).toMatch(
      /fields<div class="notice notice--error" role="alert"><p class="notice__title">Chưa lưu được<\/p>.*<button type="submit"/,
    );
    const titled = html(
      FormFrame({
        ...props,
        error: new Error('x'),
        errorTitle: 'Không tạo được',
        children: '',
      }),
    );
    expect(titled).toContain('<p class="notice__title">Không tạo được</p>');
  });

  it('disables the button while not ready or busy', () => {
    expect(html(FormFrame({ ...props, submitDisabled: true, children: '' }))).toContain('disabled=""');
    expect(html(FormFrame({ ...props, busy: true, children: '' }))).toContain('aria-busy="true"');
  });

  it('sends on submit without reloading the page, and not while disabled', () => {
    const submitted: string[] = [];
    const submit = (submitDisabled: boolean) => {
      const form = FormFrame({
        ...props,
        submitDisabled,
        onSubmit: () => submitted.push('sent'),
        children: null,
      });
      let prevented = false;
      form.props.onSubmit({ preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(submit(false)).toBe(true);
    expect(submitted).toEqual(['sent']);
    expect(submit(true)).toBe(true);
    expect(submitted).toEqual(['sent']);
  });
});
