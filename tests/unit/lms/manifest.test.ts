import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { scorm12Manifest, scorm2004Manifest } from '../../../src/lib/lms/manifest.ts';
import type { PackageCourse } from '../../../src/lib/lms/types.ts';

const course: PackageCourse = {
  id: 'kursus-uji',
  title: 'Polmas & "Kemitraan" <dasar>',
  description: 'Uji',
  language: 'id',
  launch: 'index.html',
  masteryScore: 0.7,
  version: '2026-12-02',
};
const FILES = ['index.html', 'kursus/kursus-uji/index.html', '_astro/a&b.js'];
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'file',
});

type Node = Record<string, unknown>;
const at = (node: unknown, ...path: string[]): Node => path.reduce<Node>((n, key) => n[key] as Node, node as Node);

describe.each([
  ['SCORM 1.2', scorm12Manifest, 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', '@adlcp:scormtype', '1.2'],
  ['SCORM 2004', scorm2004Manifest, 'http://www.imsglobal.org/xsd/imscp_v1p1', '@adlcp:scormType', '2004 4th Edition'],
])('%s imsmanifest.xml', (_name, manifest, namespace, scormType, schemaVersion) => {
  const text = manifest(course, FILES);
  const doc = parser.parse(text) as Node;
  const root = at(doc, 'manifest');

  it('is well-formed XML with the title escaped', () => {
    // The validator still ships in fast-xml-parser 5; its successor (fast-xml-validator) is not in the package list.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('Polmas &amp; &quot;Kemitraan&quot; &lt;dasar&gt;');
    expect(at(root, 'organizations', 'organization')['title']).toBe('Polmas & "Kemitraan" <dasar>');
  });

  it('declares the content packaging namespace and the SCORM version', () => {
    expect(root['@xmlns']).toBe(namespace);
    expect(at(root, 'metadata')).toEqual({ schema: 'ADL SCORM', schemaversion: schemaVersion });
  });

  it('has one organization, the default, with one item launching the one SCO', () => {
    const organizations = at(root, 'organizations');
    const organization = at(organizations, 'organization');
    expect(organizations['@default']).toBe(organization['@identifier']);
    const item = at(organization, 'item');
    const resource = at(root, 'resources', 'resource');
    expect(item['@identifierref']).toBe(resource['@identifier']);
    expect(resource[scormType]).toBe('sco');
    expect(resource['@href']).toBe('index.html');
    expect((resource['file'] as Node[]).map((f) => f['@href'])).toEqual(FILES);
  });
});

describe('mastery', () => {
  it('SCORM 1.2 gives the exam pass mark as masteryscore (0-100), and none without an exam', () => {
    const item = (c: PackageCourse) =>
      at(parser.parse(scorm12Manifest(c, FILES)), 'manifest', 'organizations', 'organization', 'item');
    expect(item(course)['adlcp:masteryscore']).toBe('70');
    expect(item({ ...course, masteryScore: null })).not.toHaveProperty('adlcp:masteryscore');
  });

  it('SCORM 2004 satisfies the primary objective by measure at the pass mark; content sets completion', () => {
    const sequencing = (c: PackageCourse) =>
      at(
        parser.parse(scorm2004Manifest(c, FILES)),
        'manifest',
        'organizations',
        'organization',
        'item',
        'imsss:sequencing',
      );
    const withExam = sequencing(course);
    expect(at(withExam, 'imsss:objectives', 'imsss:primaryObjective')).toMatchObject({
      '@satisfiedByMeasure': 'true',
      'imsss:minNormalizedMeasure': '0.7',
    });
    expect(at(withExam, 'imsss:deliveryControls')['@completionSetByContent']).toBe('true');
    expect(sequencing({ ...course, masteryScore: null })).not.toHaveProperty('imsss:objectives');
  });
});
