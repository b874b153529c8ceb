/**
 * axe-core (WCAG 2.2 A and AA plus best practices) on the bundled content's
 * real article and the home that lists it, in the light and dark schemes, at
 * phone and desktop sizes. Every kind of view, with richer content (pages of
 * lists, every block type, images, avatars, Cyrillic), is in the fixture's
 * matrix (fixture-corpus/a11y-matrix.spec.ts); the other bundled views would
 * check the same components again.
 */
import { BUNDLED_VIEWS, describeAxeMatrix } from './accessibility.ts';

describeAxeMatrix(BUNDLED_VIEWS.filter((view) => view.name === 'home' || view.name === 'article'));
