import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CMI5_COURSE_STRUCTURE_NS, cmi5Xml } from '../../../src/lib/lms/cmi5-xml.ts';
import type { PackageCourse } from '../../../src/lib/lms/types.ts';

const course: PackageCourse = {
  id: 'polmas-dasar',
  title: 'Polmas Dasar',
  description: 'Pemolisian Masyarakat untuk setiap anggota.',
  language: 'id',
  launch: 'index.html',
  masteryScore: 0.7,
  version: '2026-12-02',
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const parse = (xml: string) => {
  // fast-xml-parser 5 marks its validator deprecated in favour of a separate package; it still checks well-formedness.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as { courseStructure: Record<string, Record<string, unknown>> };
};

describe('cmi5Xml', () => {
  it('is a course structure with the course and one AU that launches the package', () => {
    const { courseStructure: cs } = parse(cmi5Xml(course, 'https://polmas.example.go.id/'));
    expect(cs['@xmlns']).toBe(CMI5_COURSE_STRUCTURE_NS);
    expect(cs.course).toEqual({
      '@id': 'https://polmas.example.go.id/kursus/polmas-dasar/',
      title: { langstring: { '#text': 'Polmas Dasar', '@lang': 'id-ID' } },
      description: { langstring: { '#text': 'Pemolisian Masyarakat untuk setiap anggota.', '@lang': 'id-ID' } },
    });
    expect(cs.au).toEqual({
      '@id': 'https://polmas.example.go.id/kursus/polmas-dasar/cmi5-au',
      '@moveOn': 'CompletedAndPassed',
      '@masteryScore': '0.7',
      '@launchMethod': 'OwnWindow',
      title: { langstring: { '#text': 'Polmas Dasar', '@lang': 'id-ID' } },
      description: { langstring: { '#text': 'Pemolisian Masyarakat untuk setiap anggota.', '@lang': 'id-ID' } },
      url: 'index.html',
    });
  });

  it('moves on when completed, with no masteryScore, for a course without an exam', () => {
    const { courseStructure: cs } = parse(cmi5Xml({ ...course, masteryScore: null }, 'https://sinergi.example.id'));
    expect(cs.au?.['@moveOn']).toBe('Completed');
    expect(cs.au).not.toHaveProperty('@masteryScore');
  });

  it('escapes text and attributes', () => {
    const tricky = { ...course, id: 'a&b', title: 'Polmas & "Binmas" <dasar>', launch: 'index.html?a=1&b=2' };
    const xml = cmi5Xml(tricky, 'https://sinergi.example.id');
    expect(xml).toContain('Polmas &amp; &quot;Binmas&quot; &lt;dasar&gt;');
    const { courseStructure: cs } = parse(xml);
    expect(cs.au).toMatchObject({
      '@id': 'https://sinergi.example.id/kursus/a%26b/cmi5-au',
      title: { langstring: { '#text': 'Polmas & "Binmas" <dasar>' } },
      url: 'index.html?a=1&b=2',
    });
  });

  it('refuses a masteryScore outside 0..1', () => {
    expect(() => cmi5Xml({ ...course, masteryScore: 70 }, 'https://sinergi.example.id')).toThrow(RangeError);
  });
});
