import { expect, type Locator, type Page } from '@playwright/test';

/** The Rassegna page, as a reader sees it. */
export class Rassegna {
  constructor(readonly page: Page) {}

  /** Opens the app on a query string (without `?`) and waits for it to mount. */
  async open(query = '') {
    await this.page.goto(query ? `./?${query}` : './');
    await this.ready();
  }

  async ready() {
    await this.page.locator('.app').waitFor();
  }

  /** The query string in the address bar, without `?`. */
  query(): string {
    return new URL(this.page.url()).search.replace(/^\?/, '');
  }

  viewNav(): Locator {
    return this.page.getByRole('navigation', { name: /^(Viste|Views)$/ });
  }

  tab(name: string | RegExp): Locator {
    return this.viewNav().getByRole('link', { name });
  }

  currentTab(): Locator {
    return this.viewNav().locator('[aria-current="page"]');
  }

  languageSwitch(): Locator {
    return this.page.getByRole('navigation', { name: /^(Lingua dell’interfaccia|Interface language)$/ });
  }

  docCards(): Locator {
    return this.page.locator('.doc-card');
  }

  docCard(outlet: string | RegExp): Locator {
    return this.docCards().filter({ has: this.page.locator('.doc-card__outlet', { hasText: outlet }) });
  }

  reader(): Locator {
    return this.page.locator('article.reader');
  }

  sentence(n: number): Locator {
    return this.page.locator(`#s${n}`);
  }

  selectedSentences(): Locator {
    return this.page.locator('.sentence--selected');
  }

  notice(): Locator {
    return this.page.locator('.notice');
  }

  async expectView(name: string | RegExp) {
    await expect(this.currentTab()).toHaveText(name);
  }
}

/** The Quotes view. */
export class QuotesView {
  constructor(readonly page: Page) {}

  cards(): Locator {
    return this.page.locator('.quote-card');
  }

  card(text: string | RegExp): Locator {
    return this.cards().filter({ has: this.page.locator('.quote-card__text', { hasText: text }) });
  }

  count(): Locator {
    return this.page.locator('.quotes__count');
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: /^(Cerca nelle citazioni|Search the quotes)$/ });
  }

  facet(title: string | RegExp): Locator {
    return this.page.getByRole('group', { name: title });
  }

  option(facet: string | RegExp, label: string | RegExp): Locator {
    return this.facet(facet).locator('.facet__option', { hasText: label });
  }
}

/** The Timeline view. */
export class TimelineView {
  constructor(readonly page: Page) {}

  list(): Locator {
    return this.page.getByRole('list', { name: /^(Come è andata|How it unfolded)$/ });
  }

  events(): Locator {
    return this.page.locator('.timeline__item');
  }

  /** The entry whose first telling contains `text`. */
  event(text: string | RegExp): Locator {
    return this.events().filter({ has: this.page.locator('.event__summary', { hasText: text }) });
  }

  toggle(event: Locator): Locator {
    return event.locator('.event__toggle');
  }

  details(event: Locator): Locator {
    return event.locator('.event__details');
  }

  chip(name: string | RegExp): Locator {
    return this.page.locator('.timeline-filters__who').getByRole('button', { name });
  }

  periodFrom(): Locator {
    return this.page.getByLabel(/^(Dal|From)$/);
  }

  periodTo(): Locator {
    return this.page.getByLabel(/^(al|to)$/);
  }

  count(): Locator {
    return this.page.locator('.timeline-view__count');
  }
}

/** The Stances view. */
export class StancesView {
  constructor(readonly page: Page) {}

  matrix(): Locator {
    return this.page.locator('table.matrix:not(.compare)');
  }

  row(actor: string): Locator {
    return this.matrix().locator('tbody tr').filter({ has: this.page.locator('th', { hasText: new RegExp(`^${actor}$`) }) });
  }

  /** The cell button of `actor` × the `column`-th topic (from 0). */
  cell(actor: string, column: number): Locator {
    return this.row(actor).locator('td').nth(column);
  }

  detail(): Locator {
    return this.page.locator('#stance-detail');
  }

  compareOption(actor: string): Locator {
    return this.page.locator('.compare__options').getByRole('checkbox', { name: actor });
  }

  compareTable(): Locator {
    return this.page.locator('table.compare');
  }
}
