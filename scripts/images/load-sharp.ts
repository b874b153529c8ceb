/**
 * sharp, loaded when first needed: it loads libvips, about 150 ms of a build's start, and only a content folder
 * with image files needs it.
 */
import type Sharp from 'sharp';

let loading: Promise<typeof Sharp> | undefined;

export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}
