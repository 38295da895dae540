// imsmanifest.xml of a course package: one organization with one item, launching one SCO (the course) at `launch`.
// SCORM 1.2 (IMS CP 1.1.2 with ADL CP 1.2) and SCORM 2004 4th edition (IMS CP 1.1.4 with ADL CP, sequencing and
// navigation 1.3). The schema files (.xsd) the schemaLocation names are not shipped: LMSs do not fetch or need them.
import { escapeHtml } from '../html/escape-html.ts';
import type { PackageCourse } from './types.ts';

const xml = escapeHtml;

/** An identifier (xs:ID) from a course id: ids are kebab-case, so only a leading digit needs a letter in front. */
const ident = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;

function files(list: readonly string[], indent: string): string {
  return list.map((href) => `${indent}<file href="${xml(href)}"/>`).join('\n');
}

/** SCORM 1.2 imsmanifest.xml; `masteryscore` (0-100) when the course has a final exam. */
export function scorm12Manifest(course: PackageCourse, packageFiles: readonly string[]): string {
  const mastery =
    course.masteryScore === null
      ? ''
      : `\n        <adlcp:masteryscore>${Math.round(course.masteryScore * 100)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ident('sinergi', course.id)}" version="${xml(course.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${ident('org', course.id)}">
    <organization identifier="${ident('org', course.id)}">
      <title>${xml(course.title)}</title>
      <item identifier="${ident('item', course.id)}" identifierref="${ident('sco', course.id)}" isvisible="true">
        <title>${xml(course.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ident('sco', course.id)}" type="webcontent" adlcp:scormtype="sco" href="${xml(course.launch)}">
${files(packageFiles, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th edition imsmanifest.xml. The content sets completion and success itself; with a final exam the
 * primary objective is also satisfied by a scaled score at the exam's pass mark (cmi.scaled_passing_score).
 */
export function scorm2004Manifest(course: PackageCourse, packageFiles: readonly string[]): string {
  const objectives =
    course.masteryScore === null
      ? ''
      : `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${ident('ujian', course.id)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${course.masteryScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ident('sinergi', course.id)}" version="${xml(course.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${ident('org', course.id)}">
    <organization identifier="${ident('org', course.id)}">
      <title>${xml(course.title)}</title>
      <item identifier="${ident('item', course.id)}" identifierref="${ident('sco', course.id)}" isvisible="true">
        <title>${xml(course.title)}</title>
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ident('sco', course.id)}" type="webcontent" adlcp:scormType="sco" href="${xml(course.launch)}">
${files(packageFiles, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
