// Placeholder until the live preview (lesson, quiz, scenario and its map) replaces this file.
import { studioStrings } from '../../i18n/studio.ts';

/** The studio's preview pane of the file at `path`, from the files in memory. */
export default function StudioPreview(props: { files: ReadonlyMap<string, string>; path: string }) {
  return (
    <p data-path={props.path} data-files={props.files.size}>
      {studioStrings.previewMissing}
    </p>
  );
}
