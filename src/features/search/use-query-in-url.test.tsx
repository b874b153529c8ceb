// @vitest-environment jsdom
/**
 * The search box's timing, on fake time: results follow typing after a short
 * pause, one burst of typing is one history entry, and a longer pause (or
 * Enter) ends the burst, so what is typed next is a new entry.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useRef } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider, useLoaderData, useSearchParams } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import { prerendered } from '../../test/prerendered.ts';
import { NEW_ENTRY_AFTER_MS, TYPING_DELAY_MS, useQueryInUrl } from './use-query-in-url.ts';

/**
 * A search box like the search page's, its query read from the address, with the ref that lets the app find
 * text typed into the prerendered box before it ran.
 */
function SearchForm() {
  const [params] = useSearchParams();
  return <SearchBox committed={params.get('q') ?? ''} />;
}

/** As the search page has it: the query its loader searched for, which changes only once the search is done. */
function LoadedSearchForm() {
  return <SearchBox committed={useLoaderData<string>()} />;
}

function SearchBox({ committed }: { committed: string }) {
  const box = useRef<HTMLInputElement>(null);
  const { value, change, submit } = useQueryInUrl(committed, box);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        Search
        <input
          ref={box}
          type="search"
          value={value}
          onChange={(event) => {
            change(event.target.value);
          }}
        />
      </label>
    </form>
  );
}

/** `searchMs`: a loader that takes that long to search, as the search page's does on a slow network. */
function renderSearch({ searchMs, basename }: { searchMs?: number; basename?: string } = {}) {
  const route =
    searchMs === undefined
      ? { path: '/search', Component: SearchForm }
      : {
          id: 'search',
          path: '/search',
          Component: LoadedSearchForm,
          loader: async ({ request }: { request: Request }) => {
            await new Promise((resolve) => setTimeout(resolve, searchMs));
            return new URL(request.url).searchParams.get('q') ?? '';
          },
        };
  // The first page's data is there at once, as a prerendered page's is.
  const router = createMemoryRouter([route], {
    initialEntries: [`${basename ?? ''}/search`],
    hydrationData: { loaderData: { search: '' } },
    ...(basename === undefined ? {} : { basename }),
  });
  render(<RouterProvider router={router} />);
  const box = screen.getByRole('searchbox', { name: 'Search' });
  if (!(box instanceof HTMLInputElement)) throw new Error('the search box is not an input');
  return {
    box,
    /**
     * Types `text` at the end of the box, a key at a time with no time between keys. fireEvent, not userEvent:
     * userEvent waits on a setTimeout(0) after each action, which fake timers would hold forever.
     */
    type: (text: string) => {
      for (const key of text) fireEvent.change(box, { target: { value: `${box.value}${key}` } });
    },
    clear: () => {
      fireEvent.change(box, { target: { value: '' } });
    },
    /** Enter in the box: its form is submitted. */
    enter: () => {
      fireEvent.submit(screen.getByRole('search'));
    },
    /** The address's query, as the reader sees it in the URL bar. */
    query: () => router.state.location.search,
    back: () =>
      act(async () => {
        await router.navigate(-1);
      }),
    /** Back, without waiting for its loader: on fake time it waits until the test moves the clock on. */
    startBack: () => {
      act(() => {
        void router.navigate(-1);
      });
    },
    startForward: () => {
      act(() => {
        void router.navigate(1);
      });
    },
    forward: () =>
      act(async () => {
        await router.navigate(1);
      }),
  };
}

function wait(ms: number) {
  return act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

test('the address follows typing only once the reader pauses for the typing delay', async () => {
  const { type, box, query } = renderSearch();

  type('pyo');
  await wait(TYPING_DELAY_MS - 1);
  expect(query()).toBe('');

  await wait(1);
  expect(query()).toBe('?q=pyo');
  expect(box).toHaveValue('pyo');
});

test('a key within the typing delay restarts it: a steady typist sends only the last text', async () => {
  const { type, query } = renderSearch();

  for (const key of ['p', 'y', 'o', 'n', 'g']) {
    type(key);
    await wait(TYPING_DELAY_MS - 10);
  }
  expect(query()).toBe('');

  await wait(10);
  expect(query()).toBe('?q=pyong');
});

test('one burst of typing is one history entry, however many times the address changed during it', async () => {
  const { type, box, query, back } = renderSearch();

  // Each key after a pause long enough to update the results, but too short to end the burst.
  for (const { key, shown } of [
    { key: 'p', shown: '?q=p' },
    { key: 'y', shown: '?q=py' },
    { key: 'o', shown: '?q=pyo' },
  ]) {
    type(key);
    await wait(TYPING_DELAY_MS);
    expect(query()).toBe(shown);
  }
  await wait(NEW_ENTRY_AFTER_MS - TYPING_DELAY_MS - 1);
  type('n');
  await wait(TYPING_DELAY_MS);
  expect(query()).toBe('?q=pyon');

  await back();
  expect(query()).toBe('');
  expect(box).toHaveValue('');
});

test('a pause of the new-entry delay ends the burst: the next search is a new entry, and back and forward restore each', async () => {
  const { type, clear, box, query, back, forward } = renderSearch();

  type('pyongy');
  await wait(TYPING_DELAY_MS);
  expect(query()).toBe('?q=pyongy');
  await wait(NEW_ENTRY_AFTER_MS);

  clear();
  type('zzqx');
  await wait(TYPING_DELAY_MS);
  expect(query()).toBe('?q=zzqx');

  await back();
  expect(query()).toBe('?q=pyongy');
  expect(box).toHaveValue('pyongy');
  await back();
  expect(query()).toBe('');
  expect(box).toHaveValue('');
  await forward();
  expect(box).toHaveValue('pyongy');
  await forward();
  expect(box).toHaveValue('zzqx');
});

test('Enter sends the text at once and ends the burst', async () => {
  const { type, enter, query, back } = renderSearch();

  type('kursk');
  await wait(TYPING_DELAY_MS);
  expect(query()).toBe('?q=kursk');
  type(' troops');
  enter();
  expect(query()).toBe('?q=kursk+troops');

  type(' near');
  await wait(TYPING_DELAY_MS);
  expect(query()).toBe('?q=kursk+troops+near');

  await back();
  expect(query()).toBe('?q=kursk+troops');
  await back();
  expect(query()).toBe('');
});

test('clearing the box goes back to the address without a query', async () => {
  const { type, clear, query } = renderSearch();

  type('kursk');
  await wait(TYPING_DELAY_MS);
  clear();
  await wait(TYPING_DELAY_MS);
  expect(query()).toBe('');
});

test('text typed into the prerendered box before the app ran is adopted and searched for', async () => {
  const router = createMemoryRouter([{ path: '/search', Component: SearchForm }], {
    initialEntries: ['/search'],
  });
  const container = prerendered(<RouterProvider router={router} />);
  const box = within(container).getByRole('searchbox', { name: 'Search' });
  if (!(box instanceof HTMLInputElement)) throw new Error('the search box is not an input');
  box.value = 'kim';

  await act(async () => {
    hydrateRoot(container, <RouterProvider router={router} />);
    await Promise.resolve();
  });
  await wait(TYPING_DELAY_MS);

  expect(router.state.location.search).toBe('?q=kim');
  expect(box).toHaveValue('kim');
  container.remove();
});

test('back while a search is still being typed goes back, and what was typed is not sent after it', async () => {
  const { type, clear, box, query, back, forward } = renderSearch();
  type('kyiv');
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS);
  clear();
  type('kursk');
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS);
  expect(query()).toBe('?q=kursk');

  type(' t');
  await wait(TYPING_DELAY_MS / 2);
  await back();
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS);
  expect(query()).toBe('?q=kyiv');
  expect(box).toHaveValue('kyiv');
  // The forward history is still there.
  await forward();
  expect(query()).toBe('?q=kursk');
});

test('back while typing, when the search it goes back to is slow, is not undone when the typing delay ends', async () => {
  const { type, clear, box, query, startBack } = renderSearch({ searchMs: 400 });
  type('kyiv');
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS + 400);
  clear();
  type('kursk');
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS + 400);
  expect(query()).toBe('?q=kursk');

  type(' t');
  await wait(TYPING_DELAY_MS / 2);
  startBack();
  // The typing delay ends while the search for "kyiv" is still loading.
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS + 400);
  expect(query()).toBe('?q=kyiv');
  expect(box).toHaveValue('kyiv');
});

test('under a base path, with a slow search, one burst of typing is still one history entry', async () => {
  const { type, query, startBack } = renderSearch({ searchMs: 100, basename: '/news' });
  for (const key of ['p', 'y', 'o']) {
    type(key);
    await wait(TYPING_DELAY_MS + 150);
  }
  expect(query()).toBe('?q=pyo');
  startBack();
  await wait(200);
  expect(query()).toBe('');
});

test('forward while typing, to the search the box sent last, is not undone either', async () => {
  const { type, clear, query, startBack, startForward } = renderSearch({ searchMs: 1000 });
  type('kyiv');
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS + 1000);
  clear();
  type('kursk');
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS + 1000);
  startBack();
  await wait(1000);
  expect(query()).toBe('?q=kyiv');

  type(' x');
  await wait(TYPING_DELAY_MS / 2);
  startForward();
  await wait(NEW_ENTRY_AFTER_MS + TYPING_DELAY_MS + 1000);
  expect(query()).toBe('?q=kursk');
});
