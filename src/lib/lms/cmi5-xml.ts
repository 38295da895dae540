// PLACEHOLDER (branch lms): the cmi5 branch writes this module; its version replaces this one on merge. A minimal
// course structure with one AU, so that `npm run package` can write the cmi5 package meanwhile.
import { escapeHtml } from '../html/escape-html.ts';
import type { PackageCourse } from './types.ts';

/** cmi5.xml of a course package: one AU launching the package's launch page. */
export function cmi5Xml(course: PackageCourse): string {
  const id = `urn:sinergi:course:${course.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeHtml(id)}">
    <title><langstring lang="id">${escapeHtml(course.title)}</langstring></title>
    <description><langstring lang="id">${escapeHtml(course.description)}</langstring></description>
  </course>
  <au id="${escapeHtml(`${id}:au`)}" moveOn="CompletedOrPassed"${course.masteryScore === null ? '' : ` masteryScore="${course.masteryScore}"`}>
    <title><langstring lang="id">${escapeHtml(course.title)}</langstring></title>
    <description><langstring lang="id">${escapeHtml(course.description)}</langstring></description>
    <url>${escapeHtml(course.launch)}</url>
  </au>
</courseStructure>
`;
}
