import { escapeHtml } from '../html/escape-html.ts';
import type { PackageCourse } from './types.ts';

/** The cmi5 course structure namespace (cmi5 Quartz, section 13.2). */
export const CMI5_COURSE_STRUCTURE_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** The publisher's IRIs of a course package: the course, and its one AU (the whole course, exam included). */
export function cmi5Ids(courseId: string, siteUrl: string): { course: string; au: string } {
  const course = `${siteUrl.replace(/\/+$/, '')}/kursus/${encodeURIComponent(courseId)}/`;
  return { course, au: `${course}cmi5-au` };
}

const langstrings = (tag: 'title' | 'description', text: string, indent: string) =>
  `${indent}<${tag}>\n${indent}  <langstring lang="id-ID">${escapeHtml(text)}</langstring>\n${indent}</${tag}>`;

/**
 * cmi5.xml of a course package: one AU that is the whole course. Its moveOn is CompletedAndPassed when the course has a
 * final exam (masteryScore is its pass mark), else Completed. The AU asks for its own window (OwnWindow): the site is
 * built for a phone's full screen and its own navigation, and a frame inside an LMS page would shrink it and put its
 * storage fallback under the browser's third-party storage rules. The IRIs are under `siteUrl`, the same address the
 * site's own xAPI statements use, so the course id is the site's course activity.
 */
export function cmi5Xml(course: PackageCourse, siteUrl: string): string {
  const { masteryScore } = course;
  if (masteryScore !== null && !(masteryScore >= 0 && masteryScore <= 1)) {
    throw new RangeError(`masteryScore of course ${course.id} must be between 0 and 1, not ${masteryScore}`);
  }
  const ids = cmi5Ids(course.id, siteUrl);
  const auAttributes = [
    `id="${escapeHtml(ids.au)}"`,
    `moveOn="${masteryScore === null ? 'Completed' : 'CompletedAndPassed'}"`,
    ...(masteryScore === null ? [] : [`masteryScore="${masteryScore}"`]),
    'launchMethod="OwnWindow"',
  ].join(' ');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<courseStructure xmlns="${CMI5_COURSE_STRUCTURE_NS}">`,
    `  <course id="${escapeHtml(ids.course)}">`,
    langstrings('title', course.title, '    '),
    langstrings('description', course.description, '    '),
    '  </course>',
    `  <au ${auAttributes}>`,
    langstrings('title', course.title, '    '),
    langstrings('description', course.description, '    '),
    `    <url>${escapeHtml(course.launch)}</url>`,
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}
