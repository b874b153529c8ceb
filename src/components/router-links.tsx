/**
 * react-router's Link, NavLink and Form, without the `data-discover` attribute they write by default. It serves
 * framework mode's lazy route discovery, which this data-mode app does not use, and cost 20 bytes a link: about
 * 10 MB across a 10,000-article site (issue 16). Every link and form of the app comes from here (eslint.config.js).
 */
import type { ComponentProps } from 'react';
// eslint-disable-next-line no-restricted-syntax -- the one place the router's own elements are wrapped
import { Form as RouterForm, Link as RouterLink, NavLink as RouterNavLink } from 'react-router';

export function Link(props: ComponentProps<typeof RouterLink>) {
  return <RouterLink discover="none" {...props} />;
}

export function NavLink(props: ComponentProps<typeof RouterNavLink>) {
  return <RouterNavLink discover="none" {...props} />;
}

export function Form(props: ComponentProps<typeof RouterForm>) {
  return <RouterForm discover="none" {...props} />;
}
