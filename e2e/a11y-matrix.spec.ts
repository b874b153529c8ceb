/**
 * axe-core (WCAG 2.2 A and AA plus best practices) on every kind of view of
 * the bundled content, in the light and dark schemes, at phone and desktop
 * sizes: one named test per combination. The view table is BUNDLED_VIEWS in
 * accessibility.ts.
 */
import { BUNDLED_VIEWS, describeAxeMatrix } from './accessibility.ts';

describeAxeMatrix(BUNDLED_VIEWS);
