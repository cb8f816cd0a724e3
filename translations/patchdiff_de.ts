<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutNotices</name>
    <message>
        <location filename="../ui/window/about_notices.cpp" line="+18"/>
        <source>&lt;p&gt;Free software under the %1 license, with no warranty.&lt;/p&gt;&lt;p&gt;Third-party libraries:&lt;/p&gt;</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>&lt;p&gt;Freie Software unter der Lizenz %1, ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;Bibliotheken Dritter:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../ui/inspect/plot_panel.cpp" line="+67"/>
        <source>Could not write %1: the folder is not writable or the disk is full.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner ist nicht beschreibbar oder der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/inspect/trajectory_store.cpp" line="+29"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
</context>
<context>
    <name>RunAutosave</name>
    <message>
        <location filename="../ui/export/run_autosave.cpp" line="+115"/>
        <source>cannot create the folder %1</source>
        <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>SampleExporter</name>
    <message>
        <location filename="../ui/export/sample_exporter.cpp" line="+62"/>
        <source>There are no images to export.</source>
        <translation>Es gibt keine Bilder zum Exportieren.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 has no &apos;patchdiff&apos; run description (only PNGs written by the studio or `patchdiff sample` can be restored).</source>
        <translation>%1 enthält keine „patchdiff“-Laufbeschreibung (nur PNGs aus dem Studio oder von `patchdiff sample` lassen sich wiederherstellen).</translation>
    </message>
</context>
<context>
    <name>StudioApp</name>
    <message>
        <location filename="../ui/window/studio_app.cpp" line="+48"/>
        <source>Sample patch diffusion models with a live step-by-step preview.</source>
        <translation>Patch-Diffusionsmodelle samplen, mit Live-Vorschau jedes Schritts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and the bundled models&apos; folder, and exit.</source>
        <translation>Version und Ordner der mitgelieferten Modelle ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a window of its own instead of handing the files to the studio that is already running.</source>
        <translation>Ein eigenes Fenster öffnen, statt die Dateien an das bereits laufende Studio zu übergeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checkpoints (.pt, .safetensors) to load or samples (.png) to restore.</source>
        <translation>Zu ladende Checkpoints (.pt, .safetensors) oder wiederherzustellende Samples (.png).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>License: %1, with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>Lizenz: %1, ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third-party libraries:</source>
        <translation>Bibliotheken Dritter:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none found (set PATCHDIFF_MODELS_DIR)</source>
        <translation>keine gefunden (PATCHDIFF_MODELS_DIR setzen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bundled models: %1</source>
        <translation>mitgelieferte Modelle: %1</translation>
    </message>
</context>
<context>
    <name>TrajectoryExporter</name>
    <message>
        <location filename="../ui/export/trajectory_exporter.cpp" line="+85"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>The run on view has no recorded trajectory to export.</source>
        <translation>Der angezeigte Lauf hat keine aufgezeichnete Trajektorie zum Exportieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 is not part of this run.</source>
        <translation>Bild %1 gehört nicht zu diesem Lauf.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../core/diffusion/respacing.cpp" line="+38"/>
        <source>timestep_respacing &apos;%1&apos;: expected &apos;ddimN&apos; with N a whole number of steps, e.g. &apos;ddim50&apos;</source>
        <translation>timestep_respacing „%1“: erwartet „ddimN“ mit N als ganzer Schrittzahl, z. B. „ddim50“</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timestep_respacing &apos;%1&apos;: no integer stride gives exactly %2 of the %3 steps (the nearest possible counts are%4; or use a plain count such as &apos;%2&apos;)</source>
        <translation>timestep_respacing „%1“: keine ganzzahlige Schrittweite ergibt genau %2 der %3 Schritte (die nächstmöglichen Anzahlen sind%4; oder eine einfache Anzahl wie „%2“ verwenden)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>diffusion_steps must be at least 1, got %1</source>
        <translation>diffusion_steps muss mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>timestep_respacing &apos;%1&apos;: &apos;%2&apos; is not a whole number; expected &apos;&apos; (all %3 steps), a comma list of step counts per section such as &apos;10,20,30&apos;, or &apos;ddimN&apos;</source>
        <translation>timestep_respacing „%1“: „%2“ ist keine ganze Zahl; erwartet: &apos;&apos; (alle %3 Schritte), eine durch Kommas getrennte Liste von Schrittzahlen je Abschnitt wie „10,20,30“ oder „ddimN“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>timestep_respacing &apos;%1&apos;: step counts must be at least 1, got %2</source>
        <translation>timestep_respacing „%1“: Schrittzahlen müssen mindestens 1 sein, erhalten: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>timestep_respacing &apos;%1&apos;: %2 sections cannot divide %3 steps</source>
        <translation>timestep_respacing „%1“: %2 Abschnitte können %3 Schritte nicht aufteilen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>timestep_respacing &apos;%1&apos;: section %2 of %3 has %4 steps and cannot give %5 (at most %4)</source>
        <translation>timestep_respacing „%1“: Abschnitt %2 von %3 hat %4 Schritte und kann keine %5 liefern (höchstens %4)</translation>
    </message>
    <message>
        <location filename="../core/diffusion/snr_splits.cpp" line="+38"/>
        <source>snr_splits &apos;%1&apos;: &apos;%2&apos; is not a number; expected SNR values from high to low separated by commas, e.g. &apos;0.25&apos; or &apos;1.0,0.25&apos;</source>
        <translation>snr_splits „%1“: „%2“ ist keine Zahl; erwartet: SNR-Werte von hoch nach niedrig, durch Kommas getrennt, z. B. „0.25“ oder „1.0,0.25“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 SNR split(s) need %2 models (one per band, high SNR first), got %3; give that many comma-separated model paths or change --snr_splits</source>
        <translation>%1 SNR-Grenze(n) brauchen %2 Modelle (eines je Band, hohes SNR zuerst), erhalten: %3; so viele durch Kommas getrennte Modellpfade angeben oder --snr_splits ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SNR split %1 is %2; splits must be positive</source>
        <translation>SNR-Grenze %1 ist %2; Grenzen müssen positiv sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SNR split %1 (%2) must be below 1e9: list the splits from high SNR to low</source>
        <translation>SNR-Grenze %1 (%2) muss unter 1e9 liegen: die Grenzen von hohem zu niedrigem SNR auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNR split %1 (%2) must be below the previous split (%3): list the splits from high SNR to low</source>
        <translation>SNR-Grenze %1 (%2) muss unter der vorigen Grenze (%3) liegen: die Grenzen von hohem zu niedrigem SNR auflisten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no SNR split band holds SNR %1 (bands run from 1e9 to 0)</source>
        <translation>kein SNR-Band enthält SNR %1 (die Bänder reichen von 1e9 bis 0)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>uniform_split_%1: there are %2 SNR bands (uniform_split_0 to uniform_split_%3)</source>
        <translation>uniform_split_%1: es gibt %2 SNR-Bänder (uniform_split_0 bis uniform_split_%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>uniform_split_%1: no timestep has an SNR in [%2, %3)</source>
        <translation>uniform_split_%1: kein Zeitschritt hat ein SNR in [%2, %3)</translation>
    </message>
    <message>
        <location filename="../core/inspect/compare.cpp" line="+51"/>
        <source>--vary eta: %1 is negative (eta &gt;= 0)</source>
        <translation>--vary eta: %1 ist negativ (eta &gt;= 0)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vary timestep_respacing: an empty value</source>
        <translation>--vary timestep_respacing: ein leerer Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vary strength: %1 is outside (0, 1]</source>
        <translation>--vary strength: %1 liegt außerhalb von (0, 1]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checkpoints of different image size: &apos;%1&apos; makes %2x%2 images, &apos;%3&apos; %4x%4; compared columns share x_T, so they need one image size</source>
        <translation>Checkpoints mit unterschiedlicher Bildgröße: „%1“ erzeugt Bilder mit %2x%2, „%3“ mit %4x%4; verglichene Spalten teilen sich x_T und brauchen daher eine gemeinsame Bildgröße</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>checkpoints with different classes: &apos;%1&apos; has %2 classes, &apos;%3&apos; %4 (0 = unconditional); compared columns share their class labels</source>
        <translation>Checkpoints mit unterschiedlichen Klassen: „%1“ hat %2 Klassen, „%3“ %4 (0 = unbedingt); verglichene Spalten teilen sich ihre Klassenlabels</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--vary: unknown setting &apos;%1&apos; (settings that can vary: guidance_scale, timestep_respacing (or steps), sampler, schedule, eta; compare checkpoints with --model_path a.pt,b.pt)</source>
        <translation>--vary: unbekannte Einstellung „%1“ (variierbare Einstellungen: guidance_scale, timestep_respacing (oder steps), sampler, schedule, eta; Checkpoints mit --model_path a.pt,b.pt vergleichen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--vary &apos;%1&apos;: expected setting=v1,v2,... (e.g. guidance_scale=1,1.5,3)</source>
        <translation>--vary „%1“: erwartet: Einstellung=v1,v2,... (z. B. guidance_scale=1,1.5,3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>--vary %1: %2 value(s) given, compare needs %3 to %4</source>
        <translation>--vary %1: %2 Wert(e) angegeben, compare braucht %3 bis %4</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>compare needs %1 to %2 checkpoints (--model_path a.pt,b.pt,...), got %3; to compare settings of one checkpoint use --vary setting=v1,v2</source>
        <translation>compare braucht %1 bis %2 Checkpoints (--model_path a.pt,b.pt,...), erhalten: %3; um Einstellungen eines Checkpoints zu vergleichen, --vary Einstellung=v1,v2 verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compare: values given, but no setting varies</source>
        <translation>compare: Werte angegeben, aber keine Einstellung wird variiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--vary %1 compares one checkpoint, got %2 (give several checkpoints without --vary)</source>
        <translation>--vary %1 vergleicht einen Checkpoint, erhalten: %2 (mehrere Checkpoints ohne --vary angeben)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--num_samples and --batch_size must be positive</source>
        <translation>--num_samples und --batch_size müssen positiv sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the x0 preview interval must be 0 (none) or positive</source>
        <translation>der Abstand der x0-Vorschau muss 0 (keine) oder positiv sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring needs at least 2 images per column and a positive batch size, got %1</source>
        <translation>die Bewertung braucht mindestens 2 Bilder je Spalte und eine positive Batch-Größe, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring measures images made from noise: it cannot score a comparison that starts from input images</source>
        <translation>die Bewertung misst aus Rauschen erzeugte Bilder: einen Vergleich, der von Eingabebildern ausgeht, kann sie nicht bewerten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--vary strength starts every column from an input image: give one (--init_image)</source>
        <translation>--vary strength lässt jede Spalte von einem Eingabebild ausgehen: eines angeben (--init_image)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>class labels given, but the checkpoints are unconditional</source>
        <translation>Klassenlabels angegeben, aber die Checkpoints sind unbedingt</translation>
    </message>
    <message>
        <location filename="../core/io/atomic_file.cpp" line="+25"/>
        <location filename="../core/io/npz.cpp" line="+70"/>
        <location line="+127"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/io/npz.cpp" line="-113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the path does not name a file</source>
        <translation>der Pfad bezeichnet keine Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create a temporary file in &apos;%1&apos;: %2</source>
        <translation>in „%1“ kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fsync failed</source>
        <translation>fsync fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close failed</source>
        <translation>Schließen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename the temporary file over it</source>
        <translation>die temporäre Datei kann nicht in die Zieldatei umbenannt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read %1 &apos;%2&apos;: %3</source>
        <translation>%1 „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a symbolic link to a file that does not exist</source>
        <translation>es ist ein symbolischer Link auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is a directory, expected a file</source>
        <translation>es ist ein Verzeichnis, erwartet: eine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a named pipe, expected a file</source>
        <translation>es ist eine Named Pipe, erwartet: eine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a socket, expected a file</source>
        <translation>es ist ein Socket, erwartet: eine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a character device, expected a file</source>
        <translation>es ist ein zeichenorientiertes Gerät, erwartet: eine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a block device, expected a file</source>
        <translation>es ist ein blockorientiertes Gerät, erwartet: eine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file %1</source>
        <translation>die Datei würde %1</translation>
    </message>
    <message>
        <location filename="../core/io/image.cpp" line="+67"/>
        <source>cannot encode a %1x%2 image as PNG: too large</source>
        <translation>ein Bild mit %1x%2 kann nicht als PNG kodiert werden: zu groß</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot encode a %1x%2 image as PNG (out of memory?)</source>
        <translation>ein Bild mit %1x%2 kann nicht als PNG kodiert werden (zu wenig Speicher?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image &apos;%1&apos; is %2x%3 pixels: larger than this program reads (at most %4 a side and %5 M pixels); scale it down first</source>
        <translation>das Bild „%1“ hat %2x%3 Pixel: größer, als dieses Programm liest (höchstens %4 je Seite und %5 Mio. Pixel); zuerst verkleinern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot decode image &apos;%1&apos;: %2</source>
        <translation>Bild „%1“ kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data is empty</source>
        <translation>die Daten sind leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (not a supported image format?)</source>
        <translation>%1 (kein unterstütztes Bildformat?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (corrupt or truncated?)</source>
        <translation>%1 (beschädigt oder abgeschnitten?)</translation>
    </message>
    <message>
        <location filename="../core/io/image_folder.cpp" line="+54"/>
        <source>the folder &apos;%1&apos; holds a symbolic link loop: &apos;%2&apos; leads back to &apos;%3&apos;, which contains it; remove the link or point it elsewhere</source>
        <translation>der Ordner „%1“ enthält eine Schleife aus symbolischen Links: „%2“ führt zurück zu „%3“, das ihn enthält; den Link entfernen oder woandershin zeigen lassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot list the folder &apos;%1&apos;: %2</source>
        <translation>der Ordner „%1“ kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no data folder given (--data_dir)</source>
        <translation>kein Datenordner angegeben (--data_dir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation>der Datenordner „%1“ existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot decode the image &apos;%1&apos;: the file is larger than 2 GB</source>
        <translation>das Bild „%1“ kann nicht dekodiert werden: die Datei ist größer als 2 GB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot decode the image &apos;%1&apos;: %2 (corrupt, truncated or not an image)</source>
        <translation>das Bild „%1“ kann nicht dekodiert werden: %2 (beschädigt, abgeschnitten oder kein Bild)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--image_size must be positive</source>
        <translation>--image_size muss positiv sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data folder &apos;%1&apos; holds no .jpg, .jpeg, .png or .gif files (searched recursively)</source>
        <translation>der Datenordner „%1“ enthält keine .jpg-, .jpeg-, .png- oder .gif-Dateien (rekursiv durchsucht)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>image folder shard index out of range</source>
        <translation>Shard-Index des Bilderordners außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data folder &apos;%1&apos; holds %2 images, fewer than the %3 processes that each read their own share; add images or run fewer processes</source>
        <translation>der Datenordner „%1“ enthält %2 Bilder, weniger als die %3 Prozesse, die jeweils ihren eigenen Anteil lesen; Bilder hinzufügen oder weniger Prozesse starten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>class-conditional training (--class_cond True) takes the class from the file name before its first underscore, but &apos;%1&apos; has no such prefix; name files like 3_cat.png or cat_0001.png, or train with --class_cond False</source>
        <translation>klassenbedingtes Training (--class_cond True) entnimmt die Klasse dem Dateinamen vor dessen erstem Unterstrich, aber „%1“ hat kein solches Präfix; Dateien wie 3_cat.png oder cat_0001.png benennen oder mit --class_cond False trainieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../core/score/image_set.cpp" line="+71"/>
        <location filename="../ui/export/sample_exporter.cpp" line="-3"/>
        <location line="+66"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none of the %1 image files in &apos;%2&apos; can be decoded (all corrupt or not images)</source>
        <translation>keine der %1 Bilddateien in „%2“ lässt sich dekodieren (alle beschädigt oder keine Bilder)</translation>
    </message>
    <message>
        <location filename="../core/io/input_image.cpp" line="+20"/>
        <location filename="../ui/window/main_window_input.cpp" line="+70"/>
        <source>input image</source>
        <translation>Eingabebild</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no images (.png, .jpg, .jpeg, .gif) in the folder &apos;%1&apos;</source>
        <translation>keine Bilder (.png, .jpg, .jpeg, .gif) im Ordner „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the input image &apos;%1&apos; does not exist</source>
        <translation>das Eingabebild „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask &apos;%1&apos; is %2x%3, the input image %4x%5: a mask must have its image&apos;s size (white = regenerate)</source>
        <translation>die Maske „%1“ hat %2x%3, das Eingabebild %4x%5: eine Maske muss die Größe ihres Bildes haben (weiß = neu erzeugen)</translation>
    </message>
    <message>
        <location filename="../core/io/memory_budget.cpp" line="+54"/>
        <source>would take %1, more than the %2 of memory this process can use</source>
        <translation>%1 belegen, mehr als die %2 Speicher, die dieser Prozess nutzen kann</translation>
    </message>
    <message>
        <location filename="../core/io/npy.cpp" line="+71"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid .npy file: malformed header (%2 at offset %3 of &quot;%4&quot;)</source>
        <translation>„%1“ ist keine gültige .npy-Datei: fehlerhafter Header (%2 bei Offset %3 von &quot;%4&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected end</source>
        <translation>unerwartetes Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;%1&apos;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string</source>
        <translation>String erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener String</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dimension too large</source>
        <translation>Dimension zu groß</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a non-negative integer</source>
        <translation>nicht-negative ganze Zahl erwartet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation>„,“ oder „)“ in der Form erwartet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected value</source>
        <translation>unerwarteter Wert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is not a valid .npy file: %2</source>
        <translation>„%1“ ist keine gültige .npy-Datei: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is truncated inside its header</source>
        <translation>die Datei ist innerhalb ihres Headers abgeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not start with the .npy magic bytes %1</source>
        <translation>sie beginnt nicht mit den .npy-Magic-Bytes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported format version %1.%2 (expected 1.0, 2.0 or 3.0)</source>
        <translation>nicht unterstützte Formatversion %1.%2 (erwartet: 1.0, 2.0 oder 3.0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header claims %1 bytes but the file is only %2 bytes long</source>
        <translation>der Header gibt %1 Bytes an, die Datei ist aber nur %2 Bytes lang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header lacks &apos;descr&apos;, &apos;fortran_order&apos; or &apos;shape&apos;: %1</source>
        <translation>dem Header fehlt &apos;descr&apos;, &apos;fortran_order&apos; oder &apos;shape&apos;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed &apos;fortran_order&apos; or &apos;shape&apos; in the header: %1</source>
        <translation>fehlerhaftes &apos;fortran_order&apos; oder &apos;shape&apos; im Header: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unsupported dtype %1</source>
        <translation>nicht unterstützter dtype: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a structured dtype</source>
        <translation>ein strukturierter dtype</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported dtype &apos;%1&apos; (big-endian; save it little-endian, e.g. with arr.astype(&apos;&lt;%2&apos;))</source>
        <translation>nicht unterstützter dtype „%1“ (Big-Endian; als Little-Endian speichern, z. B. mit arr.astype(&apos;&lt;%2&apos;))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported dtype &apos;%1&apos;</source>
        <translation>nicht unterstützter dtype „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read &apos;%1&apos;: %2; supported: float16/32/64, uint8, int8/16/32/64, bool</source>
        <translation>„%1“ kann nicht gelesen werden: %2; unterstützt: float16/32/64, uint8, int8/16/32/64, bool</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read &apos;%1&apos;: the array is stored in Fortran order, which is not supported (save it with np.ascontiguousarray)</source>
        <translation>„%1“ kann nicht gelesen werden: das Array ist in Fortran-Reihenfolge gespeichert, die nicht unterstützt wird (mit np.ascontiguousarray speichern)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the shape %1 is too large</source>
        <translation>die Form %1 ist zu groß</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read &apos;%1&apos;: dtype &apos;%2&apos; and shape %3 need %4 bytes of data but the file holds %5 (the file is truncated)</source>
        <translation>„%1“ kann nicht gelesen werden: dtype „%2“ und Form %3 brauchen %4 Bytes Daten, die Datei enthält aber %5 (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read &apos;%1&apos;: dtype &apos;%2&apos; and shape %3 need %4 bytes of data but the file holds %5 (trailing bytes)</source>
        <translation>„%1“ kann nicht gelesen werden: dtype „%2“ und Form %3 brauchen %4 Bytes Daten, die Datei enthält aber %5 (überzählige Bytes am Ende)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>npy file</source>
        <translation>npy-Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save a %1 tensor as .npy; supported: float16/32/64, uint8, int8/16/32/64, bool</source>
        <translation>ein %1-Tensor kann nicht als .npy gespeichert werden; unterstützt: float16/32/64, uint8, int8/16/32/64, bool</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save a tensor as .npy: its shape is too long</source>
        <translation>ein Tensor kann nicht als .npy gespeichert werden: seine Form ist zu lang</translation>
    </message>
    <message>
        <location filename="../core/io/npz.cpp" line="-53"/>
        <source>cannot write &apos;%1&apos;: an array has an empty name</source>
        <translation>„%1“ kann nicht geschrieben werden: ein Array hat einen leeren Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write &apos;%1&apos;: duplicate entry &apos;%2&apos;</source>
        <translation>„%1“ kann nicht geschrieben werden: doppelter Eintrag „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write &apos;%1&apos; (array &apos;%2&apos;): %3</source>
        <translation>„%1“ kann nicht geschrieben werden (Array „%2“): %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>entry &apos;%1&apos;</source>
        <translation>Eintrag „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>finishing the archive</source>
        <translation>Abschließen des Archivs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>short read</source>
        <translation>unvollständig gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos; as a zip archive (.npz): %2</source>
        <translation>„%1“ kann nicht als Zip-Archiv (.npz) gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 entries, uncompressed, %2: a zip bomb, or an archive too large to read on this machine</source>
        <translation>die %1 Einträge würden entpackt %2: eine Zip-Bombe oder ein Archiv, das zu groß ist, um auf diesem Rechner gelesen zu werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry &apos;%1&apos;: %2</source>
        <translation>Eintrag „%1“: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry &apos;%1&apos; has no size</source>
        <translation>Eintrag „%1“ hat keine Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; is encrypted</source>
        <translation>Eintrag „%1“ ist verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; uses compression method %2 (np.savez stores, np.savez_compressed deflates; nothing else is read)</source>
        <translation>Eintrag „%1“ verwendet die Kompressionsmethode %2 (np.savez speichert unkomprimiert, np.savez_compressed mit Deflate; anderes wird nicht gelesen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;%1&apos; claims %2 bytes, more than its data can hold</source>
        <translation>Eintrag „%1“ gibt %2 Bytes an, mehr als seine Daten fassen können</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry &apos;%1&apos; is truncated</source>
        <translation>Eintrag „%1“ ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;%1&apos; holds more than the %2 bytes its directory records: the archive is damaged</source>
        <translation>Eintrag „%1“ enthält mehr als die %2 Bytes, die im Verzeichnis des Archivs stehen: das Archiv ist beschädigt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>npz file</source>
        <translation>npz-Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read &apos;%1&apos;: this build has no libzip (reading .npz needs it; install libzip-dev and rebuild)</source>
        <translation>„%1“ kann nicht gelesen werden: dieser Build hat kein libzip (zum Lesen von .npz nötig; libzip-dev installieren und neu bauen)</translation>
    </message>
    <message>
        <location filename="../core/io/png_text.cpp" line="+41"/>
        <source>malformed PNG data: %1</source>
        <translation>fehlerhafte PNG-Daten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not start with the PNG signature</source>
        <translation>sie beginnen nicht mit der PNG-Signatur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>truncated at byte %1 (no IEND chunk)</source>
        <translation>abgeschnitten bei Byte %1 (kein IEND-Chunk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chunk &apos;%1&apos; at byte %2 claims %3 bytes, past the end of the data (truncated?)</source>
        <translation>Chunk „%1“ bei Byte %2 gibt %3 Bytes an, über das Ende der Daten hinaus (abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRC mismatch in chunk &apos;%1&apos; at byte %2</source>
        <translation>CRC-Abweichung in Chunk „%1“ bei Byte %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; chunk at byte %2 has no keyword terminator</source>
        <translation>dem „%1“-Chunk bei Byte %2 fehlt das Endzeichen des Schlüsselworts</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>invalid PNG text key &apos;%1&apos; (1 to 79 bytes, no NUL)</source>
        <translation>ungültiger PNG-Textschlüssel „%1“ (1 bis 79 Bytes, kein NUL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first chunk is &apos;%1&apos;, not IHDR</source>
        <translation>der erste Chunk ist „%1“, nicht IHDR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG text under &apos;%1&apos; is too long</source>
        <translation>PNG-Text unter „%1“ ist zu lang</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;iTXt&apos; chunk &apos;%1&apos; is truncated</source>
        <translation>iTXt-Chunk „%1“ ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/io/stb_guard.cpp" line="+21"/>
        <source>cannot decode image &apos;%1&apos;: corrupt JPEG (%2)</source>
        <translation>Bild „%1“ kann nicht dekodiert werden: beschädigtes JPEG (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a segment of length %1</source>
        <translation>ein Segment der Länge %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>a Huffman table runs past its segment</source>
        <translation>eine Huffman-Tabelle reicht über ihr Segment hinaus</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a Huffman table of %1 codes, at most 256</source>
        <translation>eine Huffman-Tabelle mit %1 Codes, höchstens 256</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot decode image &apos;%1&apos;: corrupt PNG (a chunk claims %2 bytes, the file holds %3 after it)</source>
        <translation>Bild „%1“ kann nicht dekodiert werden: beschädigtes PNG (ein Chunk gibt %2 Bytes an, die Datei enthält danach %3)</translation>
    </message>
    <message>
        <location filename="../core/model/config_resolver.cpp" line="+53"/>
        <source>the weights do not look like a Patch Diffusion U-Net: &apos;%1&apos; is missing or has the wrong rank</source>
        <translation>die Gewichte sehen nicht nach einem Patch-Diffusion-U-Net aus: „%1“ fehlt oder hat den falschen Rang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>input_blocks.0.0.weight has %1 input channels, not 3*P*P for any patch size P</source>
        <translation>input_blocks.0.0.weight hat %1 Eingangskanäle, nicht 3*P*P für irgendeine Patch-Größe P</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the weights do not look like a Patch Diffusion U-Net: %1 input blocks, %2 output blocks, %3 levels</source>
        <translation>die Gewichte sehen nicht nach einem Patch-Diffusion-U-Net aus: %1 Eingangsblöcke, %2 Ausgangsblöcke, %3 Ebenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights have no residual blocks per level (num_res_blocks 0 is not supported)</source>
        <translation>die Gewichte haben keine Residualblöcke je Ebene (num_res_blocks 0 wird nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>--%1 %2 (from the user) contradicts the weights, which say %3</source>
        <translation>--%1 %2 (vom Benutzer) widerspricht den Gewichten, die %3 angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--%1 %2 (from the sidecar) contradicts the weights, which say %3</source>
        <translation>--%1 %2 (aus der Sidecar-Datei) widerspricht den Gewichten, die %3 angeben</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>patch_size %1 (from the weights) does not divide image_size %2</source>
        <translation>patch_size %1 (aus den Gewichten) teilt image_size %2 nicht</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/model/model_config.cpp" line="+43"/>
        <source>patch_size %1 does not divide image_size %2</source>
        <translation>patch_size %1 teilt image_size %2 nicht</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--model_mean_type must be xstart, eps or v, got &apos;%1&apos;</source>
        <translation>--model_mean_type muss xstart, eps oder v sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rescale_timesteps True is not supported: the patched network takes the original integer timesteps</source>
        <translation>--rescale_timesteps True wird nicht unterstützt: das gepatchte Netz nimmt die ursprünglichen ganzzahligen Zeitschritte</translation>
    </message>
    <message>
        <location filename="../core/model/flag_suggest.cpp" line="+44"/>
        <source>unknown flag --%1</source>
        <translation>unbekanntes Flag --%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown flag --%1; did you mean --%2?</source>
        <translation>unbekanntes Flag --%1; meinten Sie --%2?</translation>
    </message>
    <message>
        <location filename="../core/model/flags.cpp" line="+156"/>
        <source>--%1 expects a boolean (True/False), got &apos;%2&apos;</source>
        <translation>--%1 erwartet einen Wahrheitswert (True/False), erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 expects an integer, got &apos;%2&apos;</source>
        <translation>--%1 erwartet eine ganze Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 erwartet eine Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unterminated quote (%1) in &apos;%2&apos;</source>
        <translation>nicht geschlossenes Anführungszeichen (%1) in „%2“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument &apos;%1&apos; (flags look like --name value)</source>
        <translation>unerwartetes Argument „%1“ (Flags sehen so aus: --name Wert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="-14"/>
        <source>no default channel_mult for a patched resolution of %1 (image_size / patch_size); the original defines 256, 128, 64 and 32 only: give --channel_mult explicitly</source>
        <translation>kein Standard-channel_mult für eine gepatchte Auflösung von %1 (image_size / patch_size); das Original definiert nur 256, 128, 64 und 32: --channel_mult ausdrücklich angeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>image_size must be positive, got %1</source>
        <translation>image_size muss positiv sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch_size must be positive, got %1</source>
        <translation>patch_size muss positiv sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>num_channels must be a positive even number, got %1</source>
        <translation>num_channels muss eine positive gerade Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel_mult is empty (resolve it before building the network)</source>
        <translation>channel_mult ist leer (vor dem Aufbau des Netzes auflösen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patched size %1 cannot be halved %2 times for %3 channel_mult levels</source>
        <translation>die gepatchte Größe %1 lässt sich für %3 channel_mult-Ebenen nicht %2-mal halbieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel_mult entry %1 gives level width %2, which GroupNorm(32) cannot split (a multiple of 32 is needed)</source>
        <translation>channel_mult-Eintrag %1 ergibt die Ebenenbreite %2, die GroupNorm(32) nicht aufteilen kann (ein Vielfaches von 32 ist nötig)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>num_res_blocks must be at least 1</source>
        <translation>num_res_blocks muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learn_sigma needs channel_mult[0] == 1 (the variance head concatenates two %1-channel tensors)</source>
        <translation>learn_sigma braucht channel_mult[0] == 1 (der Varianz-Kopf verkettet zwei Tensoren mit je %1 Kanälen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use_scale_shift_norm False is not supported: the original&apos;s time projection always has twice the width, so that path crashes there too</source>
        <translation>use_scale_shift_norm False wird nicht unterstützt: die Zeitprojektion des Originals hat immer die doppelte Breite, daher stürzt dieser Pfad auch dort ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>class_cond needs a positive class count</source>
        <translation>class_cond braucht eine positive Klassenanzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>num_heads must be positive</source>
        <translation>num_heads muss positiv sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropout must be in [0, 1)</source>
        <translation>dropout muss in [0, 1) liegen</translation>
    </message>
    <message>
        <location filename="../core/model/pickle_reader.cpp" line="+35"/>
        <source>is not a plain state_dict: %1 (a checkpoint must be a dict of tensors as torch.save writes it; loading never runs code from the file)</source>
        <translation>ist kein einfaches state_dict: %1 (ein Checkpoint muss ein Dict von Tensoren sein, wie torch.save es schreibt; beim Laden wird nie Code aus der Datei ausgeführt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a malformed data.pkl: %1 at byte %2 (the file may be damaged or not written by torch.save)</source>
        <translation>hat eine fehlerhafte data.pkl: %1 bei Byte %2 (die Datei ist vielleicht beschädigt oder nicht von torch.save geschrieben)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pickle ends early while reading %1</source>
        <translation>das Pickle endet vorzeitig, während %1 gelesen wird</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+8"/>
        <source>the pickle stack is empty</source>
        <translation>der Pickle-Stack ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an opcode needs a MARK that is not there</source>
        <translation>ein Opcode braucht ein MARK, das nicht vorhanden ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>memo entry %1 is read before it is written</source>
        <translation>Memo-Eintrag %1 wird gelesen, bevor er geschrieben wurde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it refers to the Python global &apos;%1&apos;, which is not on the allow-list (%2)</source>
        <translation>es verweist auf die globale Python-Referenz „%1“, die nicht auf der Positivliste steht (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2, expected an int</source>
        <translation>%1 ist %2, erwartet: ein int</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>it calls %1, which a state_dict never does</source>
        <translation>darin wird %1 aufgerufen, was ein state_dict nie tut</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the arguments of %1 are %2</source>
        <translation>die Argumente von %1 sind %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it calls collections.OrderedDict with arguments</source>
        <translation>darin wird collections.OrderedDict mit Argumenten aufgerufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>torch._utils._rebuild_parameter expects (tensor, bool, hooks)</source>
        <translation>torch._utils._rebuild_parameter erwartet (tensor, bool, hooks)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>torch._utils._rebuild_tensor_v2 has %1 arguments, expected 6 or 7</source>
        <translation>torch._utils._rebuild_tensor_v2 hat %1 Argumente, erwartet: 6 oder 7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor&apos;s storage is %1</source>
        <translation>der Storage eines Tensors ist %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor&apos;s storage offset</source>
        <translation>der Storage-Offset eines Tensors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tensor&apos;s size and stride are not two tuples of the same length</source>
        <translation>Größe und Stride eines Tensors sind keine zwei Tupel gleicher Länge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor size</source>
        <translation>eine Tensorgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tensor stride</source>
        <translation>ein Tensor-Stride</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a tensor has a negative or overflowing size, stride or offset</source>
        <translation>ein Tensor hat einen negativen oder überlaufenden Wert für Größe, Stride oder Offset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tensor view needs %1 elements of storage &apos;%2&apos;, which declares %3</source>
        <translation>eine Tensor-Ansicht braucht %1 Elemente von Storage „%2“, der %3 deklariert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it sets the state of %1 from %2</source>
        <translation>darin wird ein Objektzustand gesetzt (Ziel: %1, Quelle: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a persistent id is not (&apos;storage&apos;, type, key, location, numel)</source>
        <translation>eine persistente ID hat nicht die Form (&apos;storage&apos;, type, key, location, numel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a persistent id names %1, expected a storage type</source>
        <translation>in einer persistenten ID steht %1, erwartet: ein Storage-Typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>storage &apos;%1&apos; declares %2 elements</source>
        <translation>Storage „%1“ deklariert %2 Elemente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an opcode (no STOP)</source>
        <translation>ein Opcode (kein STOP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol</source>
        <translation>das Protokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown pickle protocol %1</source>
        <translation>unbekanntes Pickle-Protokoll %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a FRAME length</source>
        <translation>eine FRAME-Länge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pickle is empty at STOP</source>
        <translation>das Pickle ist bei STOP leer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a string length</source>
        <translation>eine String-Länge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pickle ends early inside a string</source>
        <translation>das Pickle endet vorzeitig innerhalb eines Strings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+2"/>
        <location line="+123"/>
        <source>an int</source>
        <translation>ein int</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>a LONG1 length</source>
        <translation>eine LONG1-Länge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer of %1 bytes</source>
        <translation>eine ganze Zahl mit %1 Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a LONG1 value</source>
        <translation>ein LONG1-Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>a float</source>
        <translation>ein float</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>a memo index</source>
        <translation>ein Memo-Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a global&apos;s module</source>
        <translation>das Modul einer globalen Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a global&apos;s name</source>
        <translation>der Name einer globalen Referenz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STACK_GLOBAL needs two strings</source>
        <translation>STACK_GLOBAL braucht zwei Strings</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it sets items on %1</source>
        <translation>darin erhält %1 Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SETITEMS has an odd number of values</source>
        <translation>SETITEMS hat eine ungerade Anzahl von Werten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it appends to %1</source>
        <translation>darin wird %1 erweitert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it builds a Python object (pickle opcode %1)</source>
        <translation>darin wird ein Python-Objekt gebaut (Pickle-Opcode %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported pickle opcode %1</source>
        <translation>nicht unterstützter Pickle-Opcode %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tensors of dtype %1 cannot be stored in a checkpoint here (expected a float, integer or bool dtype)</source>
        <translation>Tensoren mit dtype %1 können hier nicht in einem Checkpoint gespeichert werden (erwartet: ein Gleitkomma-, Ganzzahl- oder bool-dtype)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a bool</source>
        <translation>ein bool</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tuple</source>
        <translation>ein Tupel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an OrderedDict</source>
        <translation>ein OrderedDict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dict</source>
        <translation>ein Dict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the global %1</source>
        <translation>die globale Referenz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a storage</source>
        <translation>ein Storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tensor</source>
        <translation>ein Tensor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown value</source>
        <translation>ein unbekannter Wert</translation>
    </message>
    <message>
        <location filename="../core/model/safetensors.cpp" line="+65"/>
        <source>safetensors file &apos;%1&apos; %2</source>
        <translation>safetensors-Datei „%1“ %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tensor &apos;%1&apos;: %2 %3 is not a non-negative integer</source>
        <translation>hat bei Tensor „%1“ als %2 den Wert %3, keine nicht-negative ganze Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be read on a big-endian machine</source>
        <translation>kann auf einem Big-Endian-Rechner nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+183"/>
        <source>is %1 bytes, too short for the 8-byte header length</source>
        <translation>ist %1 Bytes groß, zu kurz für die 8 Byte lange Angabe der Header-Länge</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>declares a header of %1 bytes, above the %2-byte limit: the file is damaged or not safetensors</source>
        <translation>gibt einen Header von %1 Bytes an, über der Grenze von %2 Bytes: die Datei ist beschädigt oder kein safetensors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declares a header of %1 bytes, but only %2 follow: the file is truncated or not safetensors</source>
        <translation>gibt einen Header von %1 Bytes an, es folgen aber nur %2: die Datei ist abgeschnitten oder kein safetensors</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a header that is not a JSON object (it must start with &apos;{&apos;)</source>
        <translation>hat einen Header, der kein JSON-Objekt ist (er muss mit „{“ beginnen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>names &apos;%1&apos; twice in its header</source>
        <translation>nennt „%1“ zweimal in ihrem Header</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a header that is not valid JSON: %1</source>
        <translation>hat einen Header, der kein gültiges JSON ist: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a header that is not a JSON object</source>
        <translation>hat einen Header, der kein JSON-Objekt ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a __metadata__ that is not an object of strings</source>
        <translation>hat ein __metadata__, das kein Objekt aus Strings ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has __metadata__ &apos;%1&apos; = %2: metadata values must be strings</source>
        <translation>hat __metadata__ „%1“ = %2: Metadatenwerte müssen Strings sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tensor &apos;%1&apos; is not an object with dtype, shape and data_offsets</source>
        <translation>hat einen Tensor „%1“, der kein Objekt mit dtype, shape und data_offsets ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos; has dtype %2, which is not supported (supported: %3)</source>
        <translation>hat einen Tensor „%1“ mit dtype %2, der nicht unterstützt wird (unterstützt: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tensor &apos;%1&apos;: shape is not a list</source>
        <translation>hat einen Tensor „%1“, dessen shape keine Liste ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shape entry</source>
        <translation>shape-Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has a shape %2 too large for any file</source>
        <translation>hat einen Tensor „%1“ mit shape %2, zu groß für jede Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor &apos;%1&apos;: data_offsets is not a [begin, end] pair</source>
        <translation>hat einen Tensor „%1“, dessen data_offsets kein Paar [begin, end] ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>data offset</source>
        <translation>Daten-Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has data_offsets %2 that end before they begin</source>
        <translation>hat einen Tensor „%1“ mit data_offsets %2, die enden, bevor sie beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensor &apos;%1&apos; has data_offsets %2 past the end of the data (%3 bytes): the file is truncated or damaged</source>
        <translation>hat einen Tensor „%1“ mit data_offsets %2 jenseits des Datenendes (%3 Bytes): die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tensor &apos;%1&apos; of shape %2 and dtype %3 needs too many bytes, but its data_offsets %4 span %5</source>
        <translation>hat einen Tensor „%1“ mit shape %2 und dtype %3, der zu viele Bytes braucht, dessen data_offsets %4 aber %5 umfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensor &apos;%1&apos; of shape %2 and dtype %3 needs %4 bytes, but its data_offsets %5 span %6</source>
        <translation>hat einen Tensor „%1“ mit shape %2 und dtype %3, der %4 Bytes braucht, dessen data_offsets %5 aber %6 umfassen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>has overlapping data: tensor &apos;%1&apos; [%2, %3) and tensor &apos;%4&apos; [%5, %6)</source>
        <translation>hat überlappende Daten: Tensor „%1“ [%2, %3) und Tensor „%4“ [%5, %6)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/model/state_dict.cpp" line="+104"/>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be mapped into memory: %1</source>
        <translation>kann nicht in den Speicher abgebildet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/model/state_dict.cpp" line="+2"/>
        <source>cannot be opened for reading</source>
        <translation>kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read to the end of its header</source>
        <translation>konnte nicht bis zum Ende ihres Headers gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tensors of dtype %1 cannot be stored in safetensors here (supported: %2)</source>
        <translation>Tensoren mit dtype %1 können hier nicht in safetensors gespeichert werden (unterstützt: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>safetensors cannot be written on a big-endian machine</source>
        <translation>safetensors kann auf einem Big-Endian-Rechner nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tensor cannot be named &apos;__metadata__&apos; in safetensors</source>
        <translation>ein Tensor darf in safetensors nicht „__metadata__“ heißen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;%1&apos; holds an undefined tensor</source>
        <translation>Schlüssel „%1“ enthält einen undefinierten Tensor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/model/sidecar.cpp" line="+33"/>
        <source>cannot read the sidecar file &apos;%1&apos;</source>
        <translation>die Sidecar-Datei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unsupported flag value %1</source>
        <translation>nicht unterstützter Flag-Wert %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss ein String sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;flags&apos; must be an object</source>
        <translation>&apos;flags&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown flag &apos;%1&apos;</source>
        <translation>unbekanntes Flag „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;class_names&apos; must be a list</source>
        <translation>&apos;class_names&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sidecar file &apos;%1&apos; is not valid JSON: %2</source>
        <translation>die Sidecar-Datei „%1“ ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sidecar file &apos;%1&apos;: %2</source>
        <translation>Sidecar-Datei „%1“: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the metadata &apos;%1&apos; of &apos;%2&apos; is not valid JSON</source>
        <translation>die Metadaten „%1“ von „%2“ sind kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/model/state_dict.cpp" line="-57"/>
        <source>the state_dict has no key &apos;%1&apos; (it has %2 keys)</source>
        <translation>das state_dict hat keinen Schlüssel „%1“ (es hat %2 Schlüssel)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../core/model/torch_archive.cpp" line="+24"/>
        <source>checkpoint &apos;%1&apos; %2</source>
        <translation>Checkpoint „%1“ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist (expected a .pt file written by torch.save, or a .safetensors file)</source>
        <translation>existiert nicht (erwartet: eine von torch.save geschriebene .pt-Datei oder eine .safetensors-Datei)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory, expected a .pt file written by torch.save or a .safetensors file</source>
        <translation>ist ein Verzeichnis, erwartet: eine von torch.save geschriebene .pt-Datei oder eine .safetensors-Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is empty, expected a zip archive written by torch.save</source>
        <translation>ist leer, erwartet: ein von torch.save geschriebenes Zip-Archiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a zip archive, expected a checkpoint written by torch.save (PyTorch 1.6 or later); it looks like the legacy torch.save format: re-save it with a recent PyTorch</source>
        <translation>ist kein Zip-Archiv, erwartet: ein von torch.save geschriebener Checkpoint (PyTorch 1.6 oder neuer); er sieht nach dem alten torch.save-Format aus: mit einem aktuellen PyTorch neu speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a zip archive, expected a checkpoint written by torch.save (PyTorch 1.6 or later)</source>
        <translation>ist kein Zip-Archiv, erwartet: ein von torch.save geschriebener Checkpoint (PyTorch 1.6 oder neuer)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a plain state_dict: its top level holds %1, expected a dict of tensors</source>
        <translation>ist kein einfaches state_dict: auf der obersten Ebene steht %1, erwartet: ein Dict von Tensoren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is a single state_dict: leave the entry empty</source>
        <translation>es ist ein einzelnes state_dict: den Eintrag leer lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available: %1</source>
        <translation>verfügbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no entry &apos;%1&apos; (%2)</source>
        <translation>hat keinen Eintrag „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; holds %2, expected a state_dict (%3)</source>
        <translation>hat einen Eintrag „%1“, in dem %2 steht, erwartet: ein state_dict (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>holds several state_dicts (%1): choose one by name</source>
        <translation>enthält mehrere state_dicts (%1): eines per Name auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing the record &apos;%1&apos; that key &apos;%2&apos; points at</source>
        <translation>enthält den Datensatz „%1“ nicht, auf den Schlüssel „%2“ verweist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a record &apos;%1&apos; of %2 bytes, shorter than the %3 bytes (%4 %5 elements) that key &apos;%6&apos; needs: the file is damaged</source>
        <translation>hat einen Datensatz „%1“ mit %2 Bytes, kürzer als die %3 Bytes (%4 Elemente vom Typ %5), die Schlüssel „%6“ braucht: die Datei ist beschädigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holds an empty state_dict (no tensors)</source>
        <translation>enthält ein leeres state_dict (keine Tensoren)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a plain state_dict: key #%1 is %2, expected a string</source>
        <translation>ist kein einfaches state_dict: Schlüssel #%1 ist %2, erwartet: ein String</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a plain state_dict: key &apos;%1&apos; holds %2, expected a tensor</source>
        <translation>ist kein einfaches state_dict: unter Schlüssel „%1“ steht %2, erwartet: ein Tensor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has storage &apos;%1&apos; used with two different types or sizes</source>
        <translation>hat einen Storage „%1“, der mit zwei verschiedenen Typen oder Größen verwendet wird</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>is a safetensors file, which holds a single state_dict: leave the entry empty (got &apos;%1&apos;)</source>
        <translation>ist eine safetensors-Datei, die ein einzelnes state_dict enthält: den Eintrag leer lassen (erhalten: „%1“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds no tensors</source>
        <translation>enthält keine Tensoren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a zip archive without data.pkl, so not a checkpoint written by torch.save (it holds: %1)</source>
        <translation>ist ein Zip-Archiv ohne data.pkl, also kein von torch.save geschriebener Checkpoint (es enthält: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stores its tensors as &apos;%1&apos;-endian</source>
        <translation>speichert seine Tensoren als „%1“-Endian</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a readable torch.save archive (%1); the file may be truncated or damaged</source>
        <translation>ist kein lesbares torch.save-Archiv (%1); die Datei ist vielleicht abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: no file name</source>
        <translation>Checkpoint „%1“ kann nicht geschrieben werden: kein Dateiname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write checkpoint &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>Checkpoint „%1“ kann nicht geschrieben werden: der Ordner „%2“ existiert nicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: cannot create a temporary folder in &apos;%2&apos; (%3)</source>
        <translation>Checkpoint „%1“ kann nicht geschrieben werden: in „%2“ kann kein temporärer Ordner angelegt werden (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name clash</source>
        <translation>Namenskonflikt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: %2</source>
        <translation>Checkpoint „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save checkpoint &apos;%1&apos;: key &apos;%2&apos; holds an undefined tensor</source>
        <translation>Checkpoint „%1“ kann nicht gespeichert werden: Schlüssel „%2“ enthält einen undefinierten Tensor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save checkpoint &apos;%1&apos;: key &apos;%2&apos;: %3</source>
        <translation>Checkpoint „%1“ kann nicht gespeichert werden: Schlüssel „%2“: %3</translation>
    </message>
    <message>
        <location filename="../core/model/torch_archive.cpp" line="+23"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a readable torch.save archive (%1): the file may be truncated or damaged</source>
        <translation>ist kein lesbares torch.save-Archiv (%1): die Datei ist vielleicht abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is an empty zip archive, not a checkpoint written by torch.save</source>
        <translation>ist ein leeres Zip-Archiv, kein von torch.save geschriebener Checkpoint</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a zip archive whose first entry (&apos;%1&apos;) is not in a top-level folder, as torch.save writes them: not a checkpoint</source>
        <translation>ist ein Zip-Archiv, dessen erster Eintrag („%1“) nicht in einem Ordner der obersten Ebene liegt, wie torch.save sie schreibt: kein Checkpoint</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has records that, uncompressed, %1: a zip bomb, or a checkpoint too large to load on this machine</source>
        <translation>hat Datensätze; entpackt würden sie %1: eine Zip-Bombe oder ein Checkpoint, der zu groß ist, um auf diesem Rechner geladen zu werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a format version record of %1 bytes: the file is damaged</source>
        <translation>hat einen Formatversions-Datensatz mit %1 Bytes: die Datei ist beschädigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no torch.save format version record (or one that holds no number): not a checkpoint, or a damaged one</source>
        <translation>hat keinen torch.save-Formatversions-Datensatz (oder einen ohne Zahl): kein Checkpoint oder ein beschädigter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has torch.save format version %1, which this program does not read (1 to 10)</source>
        <translation>hat die torch.save-Formatversion %1, die dieses Programm nicht liest (1 bis 10)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>has no record &apos;%1&apos;</source>
        <translation>hat keinen Datensatz „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a record &apos;%1&apos; whose size cannot be read: the file is damaged</source>
        <translation>hat einen Datensatz „%1“, dessen Größe nicht lesbar ist: die Datei ist beschädigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has a record &apos;%1&apos; that claims %2 bytes (%3 stored) in a file of %4: the file is damaged or not written by torch.save</source>
        <translation>hat einen Datensatz „%1“, der %2 Bytes angibt (%3 gespeichert), in einer Datei von %4 Bytes: die Datei ist beschädigt oder nicht von torch.save geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a record &apos;%1&apos; that cannot be opened (%2): the file is damaged</source>
        <translation>hat einen Datensatz „%1“, der sich nicht öffnen lässt (%2): die Datei ist beschädigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a record &apos;%1&apos; that cannot be read to its end (%2): the file is truncated or damaged</source>
        <translation>hat einen Datensatz „%1“, der sich nicht bis zum Ende lesen lässt (%2): die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a record &apos;%1&apos; that holds more than the %2 bytes the archive records, or fails its checksum: the file is damaged</source>
        <translation>hat einen Datensatz „%1“, der mehr als die %2 Bytes enthält, die das Archiv angibt, oder dessen Prüfsumme nicht stimmt: die Datei ist beschädigt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a readable torch.save archive (%1)</source>
        <translation>ist kein lesbares torch.save-Archiv (%1)</translation>
    </message>
    <message>
        <location filename="../core/sampling/branch_record.cpp" line="+38"/>
        <source>the branch&apos;s x_t is not base64 (length %1)</source>
        <translation>das x_t des Abzweigs ist kein base64 (Länge %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the branch&apos;s x_t is not base64 (at character %1)</source>
        <translation>das x_t des Abzweigs ist kein base64 (bei Zeichen %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s x_t is not a whole number of float32 values</source>
        <translation>das x_t des Abzweigs ist keine ganzzahlige Anzahl von float32-Werten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s image size %1 is not a usable size</source>
        <translation>die Bildgröße %1 des Abzweigs ist keine brauchbare Größe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s x_t holds %1 values, expected 3 x %2 x %2</source>
        <translation>das x_t des Abzweigs enthält %1 Werte, erwartet: 3 x %2 x %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch&apos;s solver history holds %1 values, expected 3 x %2 x %2</source>
        <translation>der Solver-Verlauf des Abzweigs enthält %1 Werte, erwartet: 3 x %2 x %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch&apos;s solver history has %1 entries but %2 points</source>
        <translation>der Solver-Verlauf des Abzweigs hat %1 Einträge, aber %2 Punkte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the branch&apos;s x_t has an unknown dtype</source>
        <translation>das x_t des Abzweigs hat einen unbekannten dtype</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a run description must be a JSON object</source>
        <translation>eine Laufbeschreibung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the branch&apos;s parent run description must be a JSON object</source>
        <translation>die Laufbeschreibung des Elternlaufs eines Abzweigs muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the branch&apos;s step is negative</source>
        <translation>der Schritt des Abzweigs ist negativ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run description&apos;s &quot;branch&quot; object is malformed: %1</source>
        <translation>das &quot;branch&quot;-Objekt der Laufbeschreibung ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../core/sampling/image_condition.cpp" line="+17"/>
        <source>input images must be uint8 [M, H, W, 3], got %1 %2</source>
        <translation>Eingabebilder müssen uint8 [M, H, W, 3] sein, erhalten: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input images are %1x%2, the model makes %3x%4</source>
        <translation>Eingabebilder haben %1x%2, das Modell erzeugt %3x%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>masks must be uint8 [M, H, W] matching the input images %1, got %2</source>
        <translation>Masken müssen uint8 [M, H, W] sein, passend zu den Eingabebildern %1, erhalten: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the strength must be in (0, 1], got %1</source>
        <translation>die Stärke muss in (0, 1] liegen, erhalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schedule has no steps</source>
        <translation>der Zeitplan hat keine Schritte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>start step outside the schedule</source>
        <translation>Startschritt außerhalb des Zeitplans</translation>
    </message>
    <message>
        <location filename="../core/sampling/run_spec.cpp" line="+59"/>
        <source>the run&apos;s input image is not square (%1)</source>
        <translation>das Eingabebild des Laufs ist nicht quadratisch (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not a patchdiff run description (format &apos;%1&apos;)</source>
        <translation>keine patchdiff-Laufbeschreibung (Format „%1“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the run names no checkpoint</source>
        <translation>der Lauf nennt keinen Checkpoint</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the run started from an image (strength %1) but its description holds no input image</source>
        <translation>der Lauf ging von einem Bild aus (Stärke %1), aber seine Beschreibung enthält kein Eingabebild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the run description is malformed: %1</source>
        <translation>die Laufbeschreibung ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../core/sampling/sample_images.cpp" line="+18"/>
        <source>class labels given, but the model is unconditional</source>
        <translation>Klassenlabels angegeben, aber das Modell ist unbedingt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the image count, batch size and image stride must be positive</source>
        <translation>Bildanzahl, Batch-Größe und Bildschrittweite müssen positiv sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/sampling/sampler.cpp" line="+156"/>
        <source>this model is class-conditional: give one class label per image (%1)</source>
        <translation>dieses Modell ist klassenbedingt: ein Klassenlabel je Bild angeben (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the given x_T has shape %1, expected [%2, 3, %3, %3]</source>
        <translation>das angegebene x_T hat die Form %1, erwartet: [%2, 3, %3, %3]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a branch continues one batch: the batch size must hold every image</source>
        <translation>ein Abzweig setzt einen Batch fort: die Batch-Größe muss alle Bilder fassen</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler.cpp" line="-134"/>
        <source>sampling needs at least one checkpoint (--model_path)</source>
        <translation>Sampling braucht mindestens einen Checkpoint (--model_path)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>split checkpoints disagree on %1: &apos;%2&apos; has %3, &apos;%4&apos; has %5</source>
        <translation>die Checkpoints der SNR-Aufteilung sind uneins über %1: „%2“ hat %3, „%4“ hat %5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the class count</source>
        <translation>die Klassenanzahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>class label %1 is out of range: the model has %2 classes (0..%3; %2 is the null label)</source>
        <translation>Klassenlabel %1 liegt außerhalb des Bereichs: das Modell hat %2 Klassen (0..%3; %2 ist das Null-Label)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>batch size must be positive</source>
        <translation>die Batch-Größe muss positiv sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start step %1 is outside the %2-step schedule</source>
        <translation>Startschritt %1 liegt außerhalb des Zeitplans mit %2 Schritten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a strength below 1 needs an input image to start from (--init_image)</source>
        <translation>eine Stärke unter 1 braucht ein Eingabebild als Ausgangspunkt (--init_image)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RePaint&apos;s jumps (--repaint_jumps) resample an inpainting run: give a mask (--mask)</source>
        <translation>die Sprünge von RePaint (--repaint_jumps) resampeln einen Inpainting-Lauf: eine Maske angeben (--mask)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the input images have shape %1, the batch needs [%2, 3, %3, %3]</source>
        <translation>die Eingabebilder haben die Form %1, der Batch braucht [%2, 3, %3, %3]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sampling needs a noise source</source>
        <translation>Sampling braucht eine Rauschquelle</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>sampler &apos;%1&apos; draws noise: give a noise source</source>
        <translation>Sampler „%1“ zieht Rauschen: eine Rauschquelle angeben</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler_settings.cpp" line="+61"/>
        <source>--dynamic_threshold must be auto, on or off, got &apos;%1&apos;</source>
        <translation>--dynamic_threshold muss auto, on oder off sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the sampler settings are malformed: %1</source>
        <translation>die Sampler-Einstellungen sind fehlerhaft: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>sampler settings: &apos;%1&apos; is not name=value</source>
        <translation>Sampler-Einstellungen: „%1“ hat nicht die Form Name=Wert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sampler settings: unknown setting &apos;%1&apos;</source>
        <translation>Sampler-Einstellungen: unbekannte Einstellung „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>eta must be 0 or positive, got %1</source>
        <translation>eta muss 0 oder positiv sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the solver order must be 0 (the solver&apos;s default), 1, 2 or 3, got %1</source>
        <translation>die Ordnung des Solvers muss 0 (Standard des Solvers), 1, 2 oder 3 sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the strength must be in (0, 1] (1: from noise; near 0: the input image almost unchanged), got %1</source>
        <translation>die Stärke muss in (0, 1] liegen (1: aus Rauschen; nahe 0: das Eingabebild fast unverändert), erhalten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repaint_jumps must be 0 (no resampling) to 100, got %1</source>
        <translation>repaint_jumps muss 0 (kein Resampling) bis 100 sein, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repaint_jump_length must be 1 to 1000 steps, got %1</source>
        <translation>repaint_jump_length muss 1 bis 1000 Schritte betragen, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 sampler runs on the respaced table&apos;s steps only: use --schedule uniform, or a solver such as euler or dpmpp_2m for schedule &apos;%2&apos;</source>
        <translation>der Sampler %1 läuft nur auf den Schritten der Respacing-Tabelle: --schedule uniform verwenden oder für den Zeitplan „%2“ einen Solver wie euler oder dpmpp_2m wählen</translation>
    </message>
    <message>
        <location filename="../core/score/feature_net.cpp" line="+39"/>
        <source>--feature_input_range: expected LOW,HIGH with LOW &lt; HIGH (e.g. 0,1 or -1,1), got &apos;%1&apos;</source>
        <translation>--feature_input_range: erwartet LOW,HIGH mit LOW &lt; HIGH (z. B. 0,1 oder -1,1), erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>feature network</source>
        <translation>Feature-Netz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a TorchScript module (save one with torch.jit.trace(...).save or torch.jit.script(...).save): %2</source>
        <translation>„%1“ ist kein TorchScript-Modul (eines mit torch.jit.trace(...).save oder torch.jit.script(...).save speichern): %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; has no forward method: a feature network maps images to features</source>
        <translation>„%1“ hat keine forward-Methode: ein Feature-Netz bildet Bilder auf Features ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; does not say its input size (no input_size attribute): give --feature_input_size S (299 for InceptionV3)</source>
        <translation>„%1“ gibt seine Eingabegröße nicht an (kein Attribut input_size): --feature_input_size S angeben (299 für InceptionV3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature network&apos;s input size must be positive</source>
        <translation>die Eingabegröße des Feature-Netzes muss positiv sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; does not say its input range (no input_min/input_max attributes): give --feature_input_range LOW,HIGH (0,1 for pytorch-fid&apos;s InceptionV3)</source>
        <translation>„%1“ gibt seinen Eingabebereich nicht an (keine Attribute input_min/input_max): --feature_input_range LOW,HIGH angeben (0,1 für InceptionV3 von pytorch-fid)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the feature network &apos;%1&apos; failed on images of %2x%2: %3</source>
        <translation>das Feature-Netz „%1“ ist an Bildern mit %2x%2 gescheitert: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature network &apos;%1&apos; must return one tensor of features</source>
        <translation>das Feature-Netz „%1“ muss einen Tensor mit Features zurückgeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the feature network &apos;%1&apos; must return [N, D] features for N images</source>
        <translation>das Feature-Netz „%1“ muss für N Bilder Features [N, D] zurückgeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the feature network &apos;%1&apos; has no classify method: class accuracy needs one</source>
        <translation>das Feature-Netz „%1“ hat keine classify-Methode: die Klassengenauigkeit braucht eine</translation>
    </message>
    <message>
        <location filename="../core/score/image_set.cpp" line="-12"/>
        <source>&apos;%1&apos; is not a folder of images</source>
        <translation>„%1“ ist kein Bilderordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; holds no images (.png, .jpg, .jpeg, .gif; the sampler&apos;s *_grid.png is skipped)</source>
        <translation>„%1“ enthält keine Bilder (.png, .jpg, .jpeg, .gif; *_grid.png des Samplers wird übersprungen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is %2x%3 but &apos;%4&apos; is %5x%6: every image of a set must have the same size</source>
        <translation>„%1“ hat %2x%3, aber „%4“ hat %5x%6: alle Bilder einer Menge müssen dieselbe Größe haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; holds %2 images of %3x%4, which %5; score images at the model&apos;s size, or fewer of them</source>
        <translation>„%1“ enthält %2 Bilder mit %3x%4; diese würden %5; Bilder in der Größe des Modells bewerten oder weniger davon</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; has no arr_0: expected the images as the sampler saves them (samples_NxHxWx3.npz)</source>
        <translation>„%1“ hat kein arr_0: erwartet werden die Bilder, wie der Sampler sie speichert (samples_NxHxWx3.npz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos;: arr_0 must be uint8 [N, H, W, 3] images, got %2 of %3 dimensions</source>
        <translation>„%1“: arr_0 muss uint8-Bilder [N, H, W, 3] enthalten, erhalten: %2 mit %3 Dimensionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; holds no images (arr_0 is empty)</source>
        <translation>„%1“ enthält keine Bilder (arr_0 ist leer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: arr_1 must hold one integer label per image (%2)</source>
        <translation>„%1“: arr_1 muss ein ganzzahliges Label je Bild enthalten (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; does not exist (give a folder of PNGs or an .npz)</source>
        <translation>„%1“ existiert nicht (einen Ordner mit PNGs oder eine .npz angeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is neither a folder of images nor an .npz of samples</source>
        <translation>„%1“ ist weder ein Bilderordner noch eine .npz mit Samples</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--labels is empty: give class indices, comma separated</source>
        <translation>--labels ist leer: Klassenindizes durch Kommas getrennt angeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--labels: &apos;%1&apos; is not a class index in 0..%2</source>
        <translation>--labels: „%1“ ist kein Klassenindex in 0..%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--labels: &apos;%1&apos; is not a class index</source>
        <translation>--labels: „%1“ ist kein Klassenindex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--labels gives %1 labels for %2 images</source>
        <translation>--labels gibt %1 Labels für %2 Bilder an</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+136"/>
        <source>class list</source>
        <translation>Klassenliste</translation>
    </message>
    <message>
        <location filename="../core/io/gif_writer.cpp" line="+28"/>
        <source>GIF encoding failed: %1 (%2)</source>
        <translation>GIF-Kodierung fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GIF encoding: no frames to write</source>
        <translation>GIF-Kodierung: keine Bilder zu schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GIF encoding: frame size %1x%2 is not 1..65535</source>
        <translation>GIF-Kodierung: Bildgröße %1x%2 liegt nicht in 1..65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GIF encoding: frame %1 is not %2x%3 RGB like the first</source>
        <translation>GIF-Kodierung: Bild %1 ist nicht %2x%3 RGB wie das erste</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>GIF encoding: out of memory for a palette</source>
        <translation>GIF-Kodierung: kein Speicher für eine Farbpalette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF encoding: colour quantization failed</source>
        <translation>GIF-Kodierung: Farbreduktion fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this build of patchdiff has no GIF encoder (it was built without giflib, Debian package libgif-dev); export PNG frames or a filmstrip instead</source>
        <translation>dieser Build von patchdiff hat keinen GIF-Encoder (ohne giflib gebaut, Debian-Paket libgif-dev); exportieren Sie stattdessen PNG-Einzelbilder oder einen Filmstreifen</translation>
    </message>
    <message>
        <location filename="../core/model/model_loader.cpp" line="+66"/>
        <source>the weights in &apos;%1&apos; do not match the network built from the flags%2%3%4
  (check the model flags; `patchdiff info` shows what the weights say)</source>
        <translation>die Gewichte in „%1“ passen nicht zu dem aus den Flags gebauten Netz%2%3%4
  (Modell-Flags prüfen; `patchdiff info` zeigt, was die Gewichte sagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
  missing keys (%1):%2</source>
        <translation>
  fehlende Schlüssel (%1):%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
  unexpected keys (%1):%2</source>
        <translation>
  unerwartete Schlüssel (%1):%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
  wrongly shaped keys (%1):%2</source>
        <translation>
  Schlüssel mit falscher Form (%1):%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (checkpoint &apos;%2&apos;)</source>
        <translation>%1 (Checkpoint „%2“)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the sidecar of &apos;%1&apos; names %2 classes, the weights have %3</source>
        <translation>das Sidecar von „%1“ nennt %2 Klassen, die Gewichte haben %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/cpu_threads.cpp" line="+118"/>
        <source>--threads must be between 0 (the default) and %1, got %2</source>
        <translation>--threads muss zwischen 0 (Standard) und %1 liegen, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../core/inspect/quality_chart.cpp" line="+86"/>
        <source>the quality chart needs scored columns</source>
        <translation>das Qualitätsdiagramm braucht bewertete Spalten</translation>
    </message>
</context>
<context>
    <name>patchdiff</name>
    <message>
        <location filename="../app/patchdiff/cli_args.cpp" line="+35"/>
        <source>unknown flag --%1; did you mean --%2?</source>
        <translation>unbekanntes Flag --%1; meinten Sie --%2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown flag --%1 (--help lists the flags)</source>
        <translation>unbekanntes Flag --%1 (--help listet die Flags auf)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cli_tr.cpp" line="+104"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_bench.cpp" line="+43"/>
        <source>--%1 takes on or off, got &apos;%2&apos;</source>
        <translation>--%1 nimmt on oder off, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--device takes cpu, cuda or cuda:N, got &apos;%1&apos;</source>
        <translation>--device nimmt cpu, cuda oder cuda:N, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="+249"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+183"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="+92"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+199"/>
        <location line="+91"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: patchdiff bench (--preset NAME[,NAME]|all | --model_path A.pt[,B.pt] [model flags])
                       [--batch 1,16] [--steps 50] [--warmup 3] [--repeats 1]
                       [--device cpu|cuda] [--precision fp32|fp16|bf16] [--guidance 1.5]
                       [--threads N] [--cuda_graphs on|off] [--channels_last on|off]
                       [--noise seeded|device] [--fast_paths SPEC] [--ab &apos;SPEC;SPEC&apos;]
                       [--timestep_respacing 250] [--block K] [--seed N] [--json out.json]
                       [--profile]
Times whole reverse steps of the sampling loop (network, guidance, thresholding, update,
noise) after --warmup untimed ones, and prints ms/step (median, p10..p90), images/s for a
250-step run, achieved TFLOP/s, host time drawing noise, peak memory and, for presets,
the original&apos;s ms/step on an H200 (../shared/anchors/peer-gpu.md) with the speed-up.
  --preset         lsun_p2, lsun_p4, lsun_p8, imagenet_p4, ffhq_p4 (random weights; &apos;all&apos;
                   = these five), tiny, tiny_cond (smoke tests); --list-presets shows them
  --model_path     checkpoints instead (several = SNR splits, with --snr_splits)
  --precision      torso precision: fp32, fp16 (the original&apos;s use_fp16, CUDA) or bf16
  --guidance       classifier-free guidance for class-conditional checkpoints (default 1.5;
                   presets use the README&apos;s)
  --cuda_graphs    replay each network pass as a CUDA graph (default off)
  --noise          seeded: per-image CPU streams as `patchdiff sample` (default,
                   images drawn in parallel);
                   device: torch::randn on the device, as the original
  --fast_paths     switches, e.g. conv=0,attn=1 (also $PATCHDIFF_FAST_PATHS)
  --ab             compare switch sets in one process, interleaved run by run,
                   e.g. --ab &apos;conv=0;conv=1&apos; --repeats 3 (a set may add noise=MODE)
  --block          steps per synchronised timing block (default 1 on CPU, 5 on CUDA)
  --json           also write the report as JSON
  --profile        also time every operator of the timed steps: each step&apos;s share of
                   convolution, layout (copies, reorders), GroupNorm+SiLU, attention,
                   elementwise, allocation, noise and host code, and the costliest operators
</source>
        <extracomment>patchdiff bench --help. Keep flag names, preset names, values, units (ms/step, TFLOP/s) and paths as they are; keep the layout.</extracomment>
        <translation>Aufruf: patchdiff bench (--preset NAME[,NAME]|all | --model_path A.pt[,B.pt] [Modell-Flags])
                        [--batch 1,16] [--steps 50] [--warmup 3] [--repeats 1]
                        [--device cpu|cuda] [--precision fp32|fp16|bf16] [--guidance 1.5]
                        [--threads N] [--cuda_graphs on|off] [--channels_last on|off]
                        [--noise seeded|device] [--fast_paths SPEC] [--ab &apos;SPEC;SPEC&apos;]
                        [--timestep_respacing 250] [--block K] [--seed N] [--json out.json]
                        [--profile]
Misst ganze Rückwärtsschritte der Sampling-Schleife (Netz, Guidance, Thresholding,
Update, Rauschen) nach --warmup ungemessenen und gibt aus: ms/step (Median, p10..p90),
Bilder/s für einen Lauf mit 250 Schritten, erreichte TFLOP/s, Host-Zeit für das Rauschen,
Spitzenspeicher und, für Presets, die ms/step des Originals auf einer H200
(../shared/anchors/peer-gpu.md) mit der Beschleunigung.
  --preset         lsun_p2, lsun_p4, lsun_p8, imagenet_p4, ffhq_p4 (zufällige Gewichte;
                   &apos;all&apos; = diese fünf), tiny, tiny_cond (Smoke-Tests); --list-presets
                   zeigt sie
  --model_path     stattdessen Checkpoints (mehrere = SNR-Aufteilung, mit --snr_splits)
  --precision      Genauigkeit des Rumpfs: fp32, fp16 (use_fp16 des Originals, CUDA)
                   oder bf16
  --guidance       Classifier-free Guidance für klassenbedingte Checkpoints (Standard
                   1.5; Presets nehmen die des README)
  --cuda_graphs    jeden Netzdurchlauf als CUDA-Graph wiedergeben (Standard off)
  --noise          seeded: CPU-Ströme je Bild wie `patchdiff sample` (Standard,
                   Bilder parallel gezogen);
                   device: torch::randn auf dem Gerät, wie das Original
  --fast_paths     Schalter, z. B. conv=0,attn=1 (auch $PATCHDIFF_FAST_PATHS)
  --ab             Schaltersätze in einem Prozess vergleichen, Lauf um Lauf verschränkt,
                   z. B. --ab &apos;conv=0;conv=1&apos; --repeats 3 (ein Satz darf noise=MODE
                   hinzufügen)
  --block          Schritte je synchronisiertem Messblock (Standard 1 auf der CPU,
                   5 mit CUDA)
  --json           den Bericht zusätzlich als JSON schreiben
  --profile        zusätzlich jeden Operator der gemessenen Schritte messen: den Anteil
                   je Schritt an Faltung, Layout (Kopien, Umordnungen), GroupNorm+SiLU,
                   Attention, elementweisen Operationen, Allokation, Rauschen und
                   Host-Code sowie die teuersten Operatoren
</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: patchdiff selftest [--reference DIR] [--compare_models A.pt,B.pt] [--compare_presets tiny,...]
                          [--device cpu|cuda] [--precision fp32|fp16|bf16]
                          [--cuda_graphs on|off] [--channels_last on|off] [--fast_paths SPEC]
                          [--model_tolerance X] [--sampling_tolerance X] [--threads N]
                          [--json out.json]
Runs every network and sampling case of the reference folder (index.json, computed by
the original on the CPU in float32) and prints each largest absolute error. Exits 1 when
any exceeds its tolerance (float32: 1e-4 network outputs on the CPU, 1e-3 on CUDA and for
sampling runs; fp16 and bf16 get loose bounds that only catch broken paths). Cases whose
files are missing from a partial reference folder are skipped.
  --compare_models, --compare_presets  also run these checkpoints / presets (random
                   weights) on the device and on this build&apos;s CPU float32 path from the
                   same inputs: one network pass, 10 DDIM and 5 DDPM steps (guidance 1.5)
</source>
        <extracomment>patchdiff selftest --help. Keep flag names, values, tolerances and file names as they are.</extracomment>
        <translation>Aufruf: patchdiff selftest [--reference DIR] [--compare_models A.pt,B.pt] [--compare_presets tiny,...]
                           [--device cpu|cuda] [--precision fp32|fp16|bf16]
                           [--cuda_graphs on|off] [--channels_last on|off] [--fast_paths SPEC]
                           [--model_tolerance X] [--sampling_tolerance X] [--threads N]
                           [--json out.json]
Führt jeden Netz- und Sampling-Fall des Referenzordners aus (index.json, vom Original
auf der CPU in float32 berechnet) und gibt jeweils den größten absoluten Fehler aus.
Endet mit 1, wenn einer seine Toleranz überschreitet (float32: 1e-4 für Netzausgaben auf
der CPU, 1e-3 mit CUDA und für Sampling-Läufe; fp16 und bf16 haben lockere Grenzen, die
nur kaputte Pfade erkennen). Fälle, deren Dateien in einem unvollständigen
Referenzordner fehlen, werden übersprungen.
  --compare_models, --compare_presets  zusätzlich diese Checkpoints / Presets (zufällige
                   Gewichte) auf dem Gerät und auf dem CPU-float32-Pfad dieses Builds mit
                   denselben Eingaben ausführen: ein Netzdurchlauf, 10 DDIM- und 5
                   DDPM-Schritte (Guidance 1.5)
</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+82"/>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="-109"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="-50"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+102"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-71"/>
        <location filename="../app/patchdiff/cmd_train.cpp" line="+109"/>
        <source>unexpected argument &apos;%1&apos; (flags look like --name value)</source>
        <translation>unerwartetes Argument „%1“ (Flags sehen so aus: --name Wert)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>--cuda_graphs applies on CUDA only and is ignored on the CPU</source>
        <translation>--cuda_graphs gilt nur für CUDA und wird auf der CPU ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --preset NAME[,NAME] or --model_path A.pt[,B.pt]</source>
        <translation>entweder --preset NAME[,NAME] oder --model_path A.pt[,B.pt] angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model flags apply to --model_path; presets carry the README&apos;s flags</source>
        <translation>Modell-Flags gelten für --model_path; Presets bringen die Flags des README mit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>building %1 (%2 networks, random weights)</source>
        <translation>erstelle %1 (%2 Netze, zufällige Gewichte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building %1 (one network, random weights)</source>
        <translation>erstelle %1 (ein Netz, zufällige Gewichte)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>give --reference DIR (the folder holding index.json), --compare_models or --compare_presets</source>
        <translation>--reference DIR (der Ordner mit index.json), --compare_models oder --compare_presets angeben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>selftest on %1, %2, fast paths %3, CUDA graphs on</source>
        <translation>Selbsttest auf %1, %2, schnelle Pfade %3, CUDA-Graphen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selftest on %1, %2, fast paths %3, CUDA graphs off</source>
        <translation>Selbsttest auf %1, %2, schnelle Pfade %3, CUDA-Graphen aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max abs error %1 (tolerance %2)</source>
        <translation>max. abs. Fehler %1 (Toleranz %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cases, %2 failed, %3 skipped</source>
        <translation>%1 Fälle, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="-96"/>
        <source>usage: patchdiff compare --model_path A.pt,B.pt[,C.pt[,D.pt]] [sampling flags] [--out DIR]
       patchdiff compare --model_path A.pt --vary SETTING=V1,V2[,...] [sampling flags] [--out DIR]
Runs columns that differ in one thing and share everything else (seed, x_T, labels,
sampler settings), one after another, and writes DIR/compare.png (the columns side by
side with captions) and DIR/compare.json (one object per column: checkpoint, patch_size,
setting, params, gflop_per_pass, ms_per_step_median, total_s, rms_to_first).
  --model_path        2 to 4 checkpoints, comma separated (columns), or one with --vary
  --vary              guidance_scale=1,1.5,3 | timestep_respacing=10,25,50 |
                      %1=False,True | eta=0,0.5,1 | sampler=ddim,dpmpp_2m,unipc |
                      schedule=uniform,karras | steps=10,20 |
                      strength=0.3,0.6,0.9 (with --init_image) (2 to 6 values)
  --init_image, --strength, --mask, --repaint_jumps  every column starts from the
                      image (see patchdiff sample)
  --sampler, --schedule  every column&apos;s solver and schedule (see patchdiff sample)
  --out               output folder (default .)
  --num_samples       images per column (default 4), --batch_size (default 16)
  --timestep_respacing, --guidance_scale (default 1.5), --%1, --eta,
  --dynamic_threshold auto|on|off, --clip_denoised, --seed (default 0),
  --class_labels 3,3,7 (default: drawn from the seed as &apos;sample&apos; does),
  --threads N, --device cpu|cuda, --entry NAME, and the original MODEL_FLAGS
  --score N           also score every column: N more images each (classes balanced), their
                      Fréchet distance and class accuracy against the data (see patchdiff
                      score; 500 or more for a stable FD), in the table, compare.json and
                      DIR/quality.png (FD against GFLOP per finished image); with
                      --data_dir, --feature_net as patchdiff score takes them
</source>
        <extracomment>patchdiff compare --help. Keep flag names, their values, file names and the JSON field names (checkpoint, patch_size, ...) as they are; keep the layout. %1 is the original&apos;s DDIM flag name.</extracomment>
        <translation>Aufruf: patchdiff compare --model_path A.pt,B.pt[,C.pt[,D.pt]] [Sampling-Flags] [--out DIR]
        patchdiff compare --model_path A.pt --vary SETTING=V1,V2[,...] [Sampling-Flags] [--out DIR]
Führt Spalten aus, die sich in einer Sache unterscheiden und alles andere teilen (Seed,
x_T, Labels, Sampler-Einstellungen), eine nach der anderen, und schreibt DIR/compare.png
(die Spalten nebeneinander, mit Beschriftungen) und DIR/compare.json (ein Objekt je
Spalte: checkpoint, patch_size, setting, params, gflop_per_pass, ms_per_step_median,
total_s, rms_to_first).
  --model_path        2 bis 4 Checkpoints, durch Kommas getrennt (Spalten), oder einer
                      mit --vary
  --vary              guidance_scale=1,1.5,3 | timestep_respacing=10,25,50 |
                      %1=False,True | eta=0,0.5,1 | sampler=ddim,dpmpp_2m,unipc |
                      schedule=uniform,karras | steps=10,20 |
                      strength=0.3,0.6,0.9 (mit --init_image) (2 bis 6 Werte)
  --init_image, --strength, --mask, --repaint_jumps  jede Spalte beginnt mit dem
                      Bild (siehe patchdiff sample)
  --sampler, --schedule  Solver und Zeitplan aller Spalten (siehe patchdiff sample)
  --out               Ausgabeordner (Standard .)
  --num_samples       Bilder je Spalte (Standard 4), --batch_size (Standard 16)
  --timestep_respacing, --guidance_scale (Standard 1.5), --%1, --eta,
  --dynamic_threshold auto|on|off, --clip_denoised, --seed (Standard 0),
  --class_labels 3,3,7 (Standard: aus dem Seed gezogen, wie bei &apos;sample&apos;),
  --threads N, --device cpu|cuda, --entry NAME und die MODEL_FLAGS des Originals
  --score N           auch jede Spalte bewerten: je N weitere Bilder (Klassen ausgewogen),
                      ihre Fréchet-Distanz und Klassengenauigkeit gegen die Daten (siehe
                      patchdiff score; 500 oder mehr für eine stabile FD), in der Tabelle,
                      compare.json und DIR/quality.png (FD gegen GFLOP je fertigem Bild);
                      mit --data_dir, --feature_net wie bei patchdiff score
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(ms/step: median wall time of one step of a batch; GFLOP per image per network pass, x2 per step with guidance;
 speed-up and GFLOP ratio per image run relative to the first column; RMS in [-1, 1])</source>
        <translation>(ms/step: Median der Laufzeit eines Schritts eines Batches; GFLOP je Bild und Netzdurchlauf, x2 je Schritt mit Guidance;
 Beschleunigung und GFLOP-Verhältnis je Bildlauf relativ zur ersten Spalte; RMS in [-1, 1])</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ms/step: median wall time of one step of a batch; GFLOP per image per network pass;
 speed-up and GFLOP ratio per image run relative to the first column; RMS in [-1, 1])</source>
        <translation>(ms/step: Median der Laufzeit eines Schritts eines Batches; GFLOP je Bild und Netzdurchlauf;
 Beschleunigung und GFLOP-Verhältnis je Bildlauf relativ zur ersten Spalte; RMS in [-1, 1])</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(%1 images per column, features of %2; the floor: as many held-out real images)</source>
        <extracomment>Below the scores of `patchdiff compare --score`: %1 images per column, %2 the feature network&apos;s file name.</extracomment>
        <translation>(%1 Bilder je Spalte, Features von %2; die Untergrenze: ebenso viele zurückgehaltene echte Bilder)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--model_path is required: 2 to 4 checkpoints, comma separated, or one with --vary</source>
        <translation>--model_path ist erforderlich: 2 bis 4 Checkpoints, durch Kommas getrennt, oder einer mit --vary</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 and --vary %2 both given: the varied setting takes its values from --vary</source>
        <extracomment>%1 a flag given, %2 the setting --vary varies (the flag sets it).</extracomment>
        <translation>--%1 und --vary %2 beide angegeben: Die variierte Einstellung nimmt ihre Werte aus --vary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vary strength starts every column from an image: give it with --init_image</source>
        <translation>--vary strength lässt jede Spalte von einem Bild ausgehen: es mit --init_image angeben</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="-46"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-112"/>
        <source>--device cuda: this LibTorch build has no usable CUDA device</source>
        <translation>--device cuda: Dieser LibTorch-Build hat kein nutzbares CUDA-Gerät</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>scoring column %1/%2</source>
        <extracomment>Progress label while the images a column is scored on are made: %1 the column, %2 of how many.</extracomment>
        <translation>Bewertung der Spalte %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1/%2</source>
        <translation>Spalte %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+101"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-56"/>
        <location line="+88"/>
        <location filename="../app/patchdiff/cmd_train.cpp" line="+100"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot create the output folder &apos;%1&apos;: %2</source>
        <translation>Ausgabeordner „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote %1 and %2</source>
        <translation>%1 und %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_data.cpp" line="+26"/>
        <source>usage: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]
Builds the bundled emoji models&apos; training set (resources/models/MODEL_CARD.md): fetches
emoji-datasource-google@16.0.0 and emoji-datasource-twitter@16.0.0 with `npm pack` (or
reads the given --tarballs), takes every 64x64 PNG that the package&apos;s emoji.json lists
(skin-tone variants included), composites it onto white and writes
  OUTDIR/train/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png     for `patchdiff train --data_dir OUTDIR/train`
  OUTDIR/heldout/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png   a fixed fraction F (default 0.1), chosen by a
                                             hash of the base emoji (all its skin tones and
                                             both renderings on the same side)
  OUTDIR/classes.json                        the 9 class names and the counts
The class is the emoji&apos;s category as an integer (the original trainer&apos;s convention):
0 Smileys &amp; Emotion, 1 People &amp; Body, 2 Animals &amp; Nature, 3 Food &amp; Drink, 4 Travel &amp; Places,
5 Activities, 6 Objects, 7 Symbols (with Component), 8 Flags.
</source>
        <extracomment>patchdiff data --help. Keep flag names, package names, paths and the class names (Smileys &amp; Emotion, ...: the emoji data set&apos;s categories) as they are.</extracomment>
        <translation>Aufruf: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]
Erstellt den Trainingsdatensatz der mitgelieferten Emoji-Modelle
(resources/models/MODEL_CARD.md): holt emoji-datasource-google@16.0.0 und
emoji-datasource-twitter@16.0.0 mit `npm pack` (oder liest die angegebenen --tarballs),
nimmt jedes 64x64-PNG, das emoji.json des Pakets aufführt (Hauttonvarianten
eingeschlossen), setzt es auf Weiß und schreibt
  OUTDIR/train/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png     für `patchdiff train --data_dir OUTDIR/train`
  OUTDIR/heldout/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png   ein fester Anteil F (Standard 0.1), gewählt
                                             über einen Hash des Basis-Emojis (alle seine
                                             Hauttöne und beide Darstellungen auf
                                             derselben Seite)
  OUTDIR/classes.json                        die 9 Klassennamen und die Anzahlen
Die Klasse ist die Kategorie des Emojis als Ganzzahl (die Konvention des originalen
Trainers):
0 Smileys &amp; Emotion, 1 People &amp; Body, 2 Animals &amp; Nature, 3 Food &amp; Drink, 4 Travel &amp; Places,
5 Activities, 6 Objects, 7 Symbols (mit Component), 8 Flags.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>kann keinen temporären Ordner in %1 anlegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]</source>
        <translation>Aufruf: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fetching %1 and %2 with npm pack...</source>
        <translation>hole %1 und %2 mit npm pack...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(%1% held out)</source>
        <translation>(%1 % zurückgehalten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped %1 images that emoji.json does not list</source>
        <translation>%1 Bilder übersprungen, die emoji.json nicht aufführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote %1/train, %1/heldout and %1/classes.json</source>
        <translation>%1/train, %1/heldout und %1/classes.json geschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown data set &apos;%1&apos; (known: emoji)</source>
        <translation>unbekannter Datensatz „%1“ (bekannt: emoji)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="-22"/>
        <source>usage: patchdiff forward CKPT --x x.npy --t 999,500 [--y 0,3] [--out out.npy]
                         [--device cpu|cuda] [--threads N] [model flags]
Runs the network once. x: float [B, 3, S, S] in model space; t: one original
timestep per image (or one for all); y: one label per image for class-conditional
models (the class count is the null label). Prints max/mean of the output.
</source>
        <extracomment>patchdiff forward --help. Keep flag names, file names, values and shapes as they are.</extracomment>
        <translation>Aufruf: patchdiff forward CKPT --x x.npy --t 999,500 [--y 0,3] [--out out.npy]
                          [--device cpu|cuda] [--threads N] [Modell-Flags]
Führt das Netz einmal aus. x: float [B, 3, S, S] im Modellraum; t: ein Zeitschritt
des Originals je Bild (oder einer für alle); y: ein Label je Bild für klassenbedingte
Modelle (die Klassenanzahl ist das Null-Label). Gibt Maximum/Mittelwert der Ausgabe aus.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>forward needs a checkpoint (patchdiff forward CKPT ...)</source>
        <translation>forward braucht einen Checkpoint (patchdiff forward CKPT ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forward needs --x x.npy ([B, 3, S, S] float)</source>
        <translation>forward braucht --x x.npy ([B, 3, S, S] float)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward needs --t (timesteps, e.g. 999,500)</source>
        <translation>forward braucht --t (Zeitschritte, z. B. 999,500)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--x %1 has shape %2, the model needs %3</source>
        <translation>--x %1 hat die Form %2, das Modell braucht %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--t has %1 timesteps for %2 images</source>
        <translation>--t hat %1 Zeitschritte für %2 Bilder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this model is class-conditional: give --y (labels)</source>
        <translation>dieses Modell ist klassenbedingt: --y (Labels) angeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--y has %1 labels for %2 images</source>
        <translation>--y hat %1 Labels für %2 Bilder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label %1 is out of range: 0..%2, or %3 for no label</source>
        <translation>Label %1 liegt außerhalb des Bereichs: 0..%2, oder %3 für kein Label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--y given, but this model is unconditional</source>
        <translation>--y angegeben, aber dieses Modell ist unbedingt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--use_fp16 applies on CUDA only; running float32 on the CPU</source>
        <translation>--use_fp16 gilt nur für CUDA; auf der CPU wird float32 gerechnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>output %1  max %2  mean %3  max|.| %4</source>
        <extracomment>The network&apos;s output: %1 its shape, then its largest value, mean and largest magnitude.</extracomment>
        <translation>Ausgabe %1  Max. %2  Mittel %3  Max.|.| %4</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_info.cpp" line="+26"/>
        <source>user</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from (patchdiff info): the user&apos;s command line.</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sidecar</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the checkpoint&apos;s .json sidecar file.</extracomment>
        <translation>Sidecar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: read from the weights&apos; tensor shapes.</extracomment>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the original&apos;s default.</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: patchdiff info CKPT... [--entry NAME] [model/diffusion flags]
CKPT is a .pt file or the name of a bundled model (e.g. emoji64_p4).
Shows the resolved flags (and whether each came from you, the sidecar JSON, the
weights or the defaults), parameters, GFLOP per image per network pass and classes.
</source>
        <extracomment>patchdiff info --help. Keep CKPT, NAME, --entry and file names as they are.</extracomment>
        <translation>Aufruf: patchdiff info CKPT... [--entry NAME] [Modell-/Diffusions-Flags]
CKPT ist eine .pt-Datei oder der Name eines mitgelieferten Modells (z. B. emoji64_p4).
Zeigt die aufgelösten Flags (und ob jedes von Ihnen, der Sidecar-JSON, den Gewichten
oder den Standardwerten stammt), Parameter, GFLOP je Bild und Netzdurchlauf und Klassen.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>info needs a checkpoint: a .pt file or a bundled model name (%1)</source>
        <translation>info braucht einen Checkpoint: eine .pt-Datei oder den Namen eines mitgelieferten Modells (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (available: %2; choose with --entry)</source>
        <translation>%1 (verfügbar: %2; Auswahl mit --entry)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about:</source>
        <translation>Über:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 M)</source>
        <comment>parameter count, millions</comment>
        <translation>%1 (%2 Mio.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GFLOP:</source>
        <translation>GFLOP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per image per network pass (x2 with guidance)</source>
        <translation>%1 je Bild und Netzdurchlauf (x2 mit Guidance)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 px, patch size %2 -&gt; U-Net at %3 x %3 with %4 channels in</source>
        <extracomment>%1 image size in pixels, %2 the patch size P, %3 the U-Net&apos;s resolution (image size / P), %4 its input channels (3 P^2).</extracomment>
        <translation>%1 px, Patch-Größe %2 -&gt; U-Net mit %3 x %3 und %4 Eingangskanälen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 (null label for guidance: %2)</source>
        <translation>%1 (Null-Label für Guidance: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unconditional</source>
        <translation>unbedingt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as a command line:</source>
        <translation>als Befehlszeile:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribution:</source>
        <translation>Urheber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>license:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="-111"/>
        <source>--model_path is required (one checkpoint, or several for --snr_splits)</source>
        <translation>--model_path ist erforderlich (ein Checkpoint, oder mehrere für --snr_splits)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--use_fp16 True applies on CUDA only and is ignored on the CPU</source>
        <translation>--use_fp16 True gilt nur für CUDA und wird auf der CPU ignoriert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the model is unconditional, so --guidance_scale %1 has no effect (the original skips guidance for such models too)</source>
        <translation>das Modell ist unbedingt, daher hat --guidance_scale %1 keine Wirkung (auch das Original lässt Guidance bei solchen Modellen weg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--num_samples and --batch_size must be positive</source>
        <translation>--num_samples und --batch_size müssen positiv sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--trajectory must be a positive step interval</source>
        <translation>--trajectory muss ein positiver Schrittabstand sein</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>split over %1 processes (%2); rank 0 wrote the files</source>
        <extracomment>A sampling run split over processes: %1 processes, %2 the backend (gloo, nccl).</extracomment>
        <translation>auf %1 Prozesse verteilt (%2); Rang 0 hat die Dateien geschrieben</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/sampler_args.cpp" line="+29"/>
        <source>--%2 True and --sampler %1 disagree: give one of them</source>
        <extracomment>%1 the solver given with --sampler, %2 the original&apos;s DDIM flag name.</extracomment>
        <translation>--%2 True und --sampler %1 widersprechen sich: geben Sie nur eines davon an</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--strength below 1 starts from an image: give it with --init_image</source>
        <translation>--strength unter 1 geht von einem Bild aus: es mit --init_image angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mask marks the part of an --init_image to regenerate: give the image</source>
        <translation>--mask markiert den neu zu erzeugenden Teil eines --init_image: das Bild angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--repaint_jumps resamples an inpainting run: give a --mask</source>
        <translation>--repaint_jumps resampelt einen Inpainting-Lauf: eine --mask angeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is %2x%3: resized to %4x%4 as training resizes images (box halving, bicubic, centre crop)</source>
        <translation>%1 ist %2x%3: auf %4x%4 skaliert, wie das Training Bilder skaliert (Box-Halbierung, bikubisch, zentrierter Zuschnitt)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="-285"/>
        <source>usage: patchdiff sample --model_path A.pt[,B.pt] [original MODEL_FLAGS and SAMPLE_FLAGS]
                        [--seed N] [--class_labels 3,3,7|random] [--device cpu|cuda]
                        [--eta E] [--noise xT.npy] [--dynamic_threshold auto|on|off]
                        [--trajectory K] [--threads N] [--entry NAME]
                        [--sampler NAME] [--schedule NAME] [--order K]
                        [--init_image PATH|DIR [--strength S] [--mask PATH]
                         [--repaint_jumps N] [--repaint_jump_length J]]
                        [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
Accepts the original README&apos;s sampling command lines. Writes to --save_dir (default .):
samples_NxHxWx3.npz (as the original), a grid PNG and one PNG per image whose
&apos;patchdiff&apos; text chunk records everything needed to redo it.
  --model_path        checkpoints, comma separated, highest-SNR model first (splits);
                      a bare name such as emoji64_p4 is a bundled model
  --snr_splits        SNR boundaries between split models, e.g. 0.25
  --timestep_respacing  250, 10,20,30 or ddim50 (default: all diffusion steps)
  --guidance_scale    classifier-free guidance (default 1.5; 1 = off)
  --%1          True for DDIM (with --eta, default 0)
  --sampler           ddpm (default), ddim, euler, euler_ancestral, heun (2 passes a
                      step), dpmpp_2m, dpmpp_2m_sde (--eta, default 1), unipc;
                      --timestep_respacing N then means N steps
  --schedule          uniform (the respacing string, default), karras, exponential,
                      trailing
  --order             unipc&apos;s order (default 3, 2 when guiding)
  --num_samples, --batch_size, --clip_denoised, --use_fp16 (CUDA only)
  --seed              image i uses the noise streams of (seed, i) (default 0)
  --class_labels      labels for the images, repeated as needed, or random (default)
  --noise             x_T for every image from an .npy [N, 3, H, W]
  --dynamic_threshold auto (on exactly when guiding, as the original), on, off
  --trajectory K      also save every K-th x0 prediction to trajectory.npz
  --init_image        start from this image (or each image of a folder) instead of
                      noise; --num_samples N gives N variations (default: one per
                      image); images of another size are resized as for training
  --strength          how far into the noise the image goes, in (0, 1] (default 1:
                      from noise; 0.5 keeps the layout, near 0 returns the image)
  --mask              inpainting: white regenerates, black keeps the image&apos;s pixels
                      exactly (the image&apos;s size)
  --repaint_jumps N   RePaint&apos;s resampling: at every J-th step go back J steps and
                      come down again, N times (default 0); J: --repaint_jump_length
                      (default 10)
Several processes (torchrun --no-python --nproc_per_node N patchdiff sample ...) split the
images: rank r samples images r, r+N, ...; rank 0 writes the files, the same as one
process&apos;s (docs/distributed.md).
</source>
        <extracomment>patchdiff sample --help. Keep flag names (--seed), their values (cpu|cuda, random, auto|on|off), file names and shapes as they are; keep the two-column layout. %1 is the original&apos;s DDIM flag name.</extracomment>
        <translation>Aufruf: patchdiff sample --model_path A.pt[,B.pt] [MODEL_FLAGS und SAMPLE_FLAGS des Originals]
                         [--seed N] [--class_labels 3,3,7|random] [--device cpu|cuda]
                         [--eta E] [--noise xT.npy] [--dynamic_threshold auto|on|off]
                         [--trajectory K] [--threads N] [--entry NAME]
                         [--sampler NAME] [--schedule NAME] [--order K]
                         [--init_image PATH|DIR [--strength S] [--mask PATH]
                          [--repaint_jumps N] [--repaint_jump_length J]]
                        [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
Akzeptiert die Sampling-Befehlszeilen aus dem README des Originals. Schreibt nach
--save_dir (Standard .): samples_NxHxWx3.npz (wie das Original), ein Raster-PNG und ein
PNG je Bild, dessen &apos;patchdiff&apos;-Textblock alles festhält, um es erneut zu erzeugen.
  --model_path        Checkpoints, durch Kommas getrennt, Modell mit höchstem SNR zuerst
                      (Aufteilung); ein bloßer Name wie emoji64_p4 ist ein
                      mitgeliefertes Modell
  --snr_splits        SNR-Grenzen zwischen den Teilmodellen, z. B. 0.25
  --timestep_respacing  250, 10,20,30 oder ddim50 (Standard: alle Diffusionsschritte)
  --guidance_scale    Classifier-free Guidance (Standard 1.5; 1 = aus)
  --%1          True für DDIM (mit --eta, Standard 0)
  --sampler           ddpm (Standard), ddim, euler, euler_ancestral, heun (2 Durchläufe
                      je Schritt), dpmpp_2m, dpmpp_2m_sde (--eta, Standard 1), unipc;
                      --timestep_respacing N heißt dann N Schritte
  --schedule          uniform (der Respacing-String, Standard), karras, exponential,
                      trailing
  --order             Ordnung von unipc (Standard 3, 2 mit Guidance)
  --num_samples, --batch_size, --clip_denoised, --use_fp16 (nur CUDA)
  --seed              Bild i nutzt die Rauschströme von (Seed, i) (Standard 0)
  --class_labels      Labels der Bilder, nach Bedarf wiederholt, oder random (Standard)
  --noise             x_T für jedes Bild aus einer .npy [N, 3, H, W]
  --dynamic_threshold auto (an genau dann, wenn Guidance wirkt, wie das Original), on, off
  --trajectory K      zusätzlich jede K-te x0-Vorhersage in trajectory.npz speichern
  --init_image        von diesem Bild (oder jedem Bild eines Ordners) statt von Rauschen
                      ausgehen; --num_samples N ergibt N Variationen (Standard: eine je
                      Bild); Bilder anderer Größe werden wie beim Training skaliert
  --strength          wie weit das Bild ins Rauschen geht, in (0, 1] (Standard 1: reines
                      Rauschen; 0.5 behält den Bildaufbau, nahe 0 ergibt wieder das Bild)
  --mask              Inpainting: Weiß wird neu erzeugt, Schwarz behält die Bildpixel
                      exakt (so groß wie das Bild)
  --repaint_jumps N   RePaint-Resampling: bei jedem J-ten Schritt J Schritte zurück und
                      wieder hinab, N-mal (Standard 0); J: --repaint_jump_length
                      (Standard 10)
Mehrere Prozesse (torchrun --no-python --nproc_per_node N patchdiff sample ...) teilen die
Bilder auf: Rang r sampelt die Bilder r, r+N, ...; Rang 0 schreibt die Dateien, dieselben wie
ein einzelner Prozess (docs/distributed.md).
</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>--class_labels is empty</source>
        <translation>--class_labels ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--class_labels given, but the model is unconditional</source>
        <translation>--class_labels angegeben, aber das Modell ist unbedingt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--noise %1 has shape %2, expected %3</source>
        <translation>--noise %1 hat die Form %2, erwartet: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--repaint_jump_length %1 leaves no room for a jump in the %2 steps this run walks: no resampling happens (try a shorter length)</source>
        <extracomment>%1 the jump length, %2 the steps the run walks.</extracomment>
        <translation>--repaint_jump_length %1 lässt in den %2 Schritten dieses Laufs keinen Platz für einen Sprung: es wird nicht neu abgetastet (eine kürzere Länge versuchen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting from %1 input image(s) at strength %2: the run begins at step %3 of %4</source>
        <extracomment>%1 the number of input images, %2 the strength, %3 the first step run, %4 the step count.</extracomment>
        <translation>ausgehend von %1 Eingabebild(ern) mit Stärke %2: der Lauf beginnt bei Schritt %3 von %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>batch %1/%2</source>
        <translation>Batch %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>interrupted before the first batch finished: nothing to keep</source>
        <translation>unterbrochen, bevor der erste Batch fertig war: nichts zu behalten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>saving to %1</source>
        <translation>speichere nach %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trajectory (every %1 steps) in %2</source>
        <translation>Trajektorie (alle %1 Schritte) in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sampled %1 images, %2 steps each, %3 ms per step (batch %4, %5), %6 s in all</source>
        <translation>%1 Bilder gesampelt, je %2 Schritte, %3 ms je Schritt (Batch %4, %5), insgesamt %6 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>interrupted: kept the %1 images of the finished batches (of %2) in %3</source>
        <translation>unterbrochen: die %1 Bilder der fertigen Batches (von %2) in %3 behalten</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_train.cpp" line="-178"/>
        <source>usage: patchdiff train --data_dir DIR [original MODEL_FLAGS, DIFFUSION_FLAGS, TRAIN_FLAGS]
                       [--log_dir DIR] [--max_steps N] [--max_minutes M] [--device cpu|cuda]
                       [--precision fp32|fp16|bf16] [--class_dropout_prob P] [--seed N]
                       [--sample_every N] [--grad_clip G] [--num_workers N] [--threads N]
                       [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
                       [--dry_run]
Accepts the original README&apos;s training command lines. Images: every .jpg/.jpeg/.png/.gif
below --data_dir, decoded with stb_image and resized as the original (box halving, bicubic,
centre crop; --random_crop, --random_flip). With --class_cond True the class is the file
name before its first underscore: integers (the original&apos;s 3_cat.png) or words (numbered
in sorted order; the names go into the sidecar).
Writes to --log_dir (default $OPENAI_LOGDIR, else ./train-&lt;date&gt;): model{N}.pt,
ema_{rate}_{N}.pt and opt{N}.pt every --save_interval steps and at the end, a .json sidecar
beside each model so `patchdiff sample --model_path` needs no flags, and progress.csv.
--resume_checkpoint DIR/modelN.pt continues exactly (optimizer, EMA, RNG, data order); a
file without a step in its name (a bundled starter, emoji64_p4.pt) gives the starting
weights alone: step 0, EMA from those weights, fresh AdamW.
Beyond the original:
  --class_dropout_prob  labels replaced by the null label at this rate (default 0.1), so
                        the model can be sampled with guidance
  --max_steps N         stop at total step N; --max_minutes M: after M minutes of this run
  --precision           fp32 (CPU or CUDA), fp16 (CUDA: --use_fp16&apos;s half torso with dynamic
                        loss scaling), bf16 (CUDA autocast)
  --sample_every N      EMA sample grid samples_N.png every N steps (DDIM, guided)
  --grad_clip G         clip the gradient norm; --max_nonfinite K: stop after K bad steps
  --ema_dtype float16   EMA files in float16 (half the size, as the original&apos;s use_fp16)
  --dry_run             check the flags and the data folder, print the plan, train nothing
Several processes (torchrun --no-python --nproc_per_node N patchdiff train ..., mpirun, srun)
train data-parallel: each reads its share of the files, gradients are averaged, the batch
is --batch_size x N; rank 0 logs and writes the checkpoints (docs/distributed.md).
  --dist_init           how the processes meet: env:// (MASTER_ADDR, MASTER_PORT; default),
                        file://PATH (a new file all of them see), tcp://HOST:PORT
  --dist_timeout S      a collective waits at most S seconds (default 1800) for a lost rank
Ctrl-C stops after the current step and saves a checkpoint.
</source>
        <extracomment>patchdiff train --help. Keep flag names (--data_dir), values (fp32|fp16|bf16), file names (model{N}.pt, progress.csv) and $OPENAI_LOGDIR as they are; keep the layout.</extracomment>
        <translation>Aufruf: patchdiff train --data_dir DIR [MODEL_FLAGS, DIFFUSION_FLAGS, TRAIN_FLAGS des Originals]
                        [--log_dir DIR] [--max_steps N] [--max_minutes M] [--device cpu|cuda]
                        [--precision fp32|fp16|bf16] [--class_dropout_prob P] [--seed N]
                        [--sample_every N] [--grad_clip G] [--num_workers N] [--threads N]
                       [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
                        [--dry_run]
Akzeptiert die Trainings-Befehlszeilen aus dem README des Originals. Bilder: jede
.jpg/.jpeg/.png/.gif unter --data_dir, mit stb_image dekodiert und wie im Original
skaliert (Box-Halbierung, bikubisch, mittiger Zuschnitt; --random_crop, --random_flip).
Mit --class_cond True ist die Klasse der Dateiname vor dem ersten Unterstrich: Ganzzahlen
(3_cat.png des Originals) oder Wörter (in sortierter Reihenfolge nummeriert; die Namen
kommen in die Sidecar-Datei).
Schreibt nach --log_dir (Standard $OPENAI_LOGDIR, sonst ./train-&lt;date&gt;): model{N}.pt,
ema_{rate}_{N}.pt und opt{N}.pt alle --save_interval Schritte und am Ende, eine
.json-Sidecar-Datei neben jedem Modell, damit `patchdiff sample --model_path` keine Flags
braucht, und progress.csv.
--resume_checkpoint DIR/modelN.pt setzt exakt fort (Optimierer, EMA, RNG,
Datenreihenfolge); eine Datei ohne Schritt im Namen (ein mitgeliefertes Startmodell,
emoji64_p4.pt) liefert nur die Startgewichte: Schritt 0, EMA aus diesen Gewichten,
frischer AdamW.
Über das Original hinaus:
  --class_dropout_prob  Labels werden mit dieser Rate durch das Null-Label ersetzt
                        (Standard 0.1), damit das Modell mit Guidance gesampelt werden kann
  --max_steps N         beim Gesamtschritt N anhalten; --max_minutes M: nach M Minuten
                        dieses Laufs
  --precision           fp32 (CPU oder CUDA), fp16 (CUDA: halber Rumpf wie --use_fp16,
                        mit dynamischer Loss-Skalierung), bf16 (CUDA-Autocast)
  --sample_every N      EMA-Sample-Raster samples_N.png alle N Schritte (DDIM, mit
                        Guidance)
  --grad_clip G         Gradientennorm begrenzen; --max_nonfinite K: nach K schlechten
                        Schritten anhalten
  --ema_dtype float16   EMA-Dateien in float16 (halbe Größe, wie use_fp16 des Originals)
  --dry_run             Flags und Datenordner prüfen, den Plan ausgeben, nichts trainieren
Mehrere Prozesse (torchrun --no-python --nproc_per_node N patchdiff train ..., mpirun, srun)
trainieren datenparallel: jeder liest seinen Teil der Dateien, die Gradienten werden gemittelt,
der Batch ist --batch_size x N; Rang 0 protokolliert und schreibt die Checkpoints (docs/distributed.md).
  --dist_init           wie die Prozesse sich finden: env:// (MASTER_ADDR, MASTER_PORT; Standard),
                        file://PATH (eine neue Datei, die alle sehen), tcp://HOST:PORT
  --dist_timeout S      eine kollektive Operation wartet höchstens S Sekunden (Standard 1800) auf einen verlorenen Rang
Strg+C hält nach dem aktuellen Schritt an und speichert einen Checkpoint.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--save_format safetensors writes model, EMA and optimizer files as .safetensors with the
sidecar inside (default pt: torch.save files, as the original); --resume_checkpoint reads both.
</source>
        <extracomment>patchdiff train --help, its last paragraph. Keep flag names, values and file names.</extracomment>
        <translation>--save_format safetensors schreibt Modell-, EMA- und Optimierer-Dateien als .safetensors mit der
Sidecar darin (Standard pt: torch.save-Dateien wie das Original); --resume_checkpoint liest beide.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>step %1  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/step  %8 img/s</source>
        <extracomment>One line of the training log. loss, mse, vb (variational bound), grad (gradient norm) and lr (learning rate) are the names in progress.csv: keep them.</extracomment>
        <translation>Schritt %1  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/Schritt  %8 Bilder/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  allreduce %1 s/step</source>
        <extracomment>Appended to a training log line when several processes train: the seconds per step the gradients&apos; allreduce took (part of the s/step before it). Keep &quot;allreduce&quot; as it is.</extracomment>
        <translation>  allreduce %1 s/Schritt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--data_dir is required (a folder of training images)</source>
        <translation>--data_dir ist erforderlich (ein Ordner mit Trainingsbildern)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data: %1 images in %2</source>
        <translation>Daten: %1 Bilder in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 classes</source>
        <translation>%1, %2 Klassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training: lr %1, batch %2 (microbatch %3), ema %4, sampler %5, precision %6, device %7</source>
        <extracomment>The training plan of --dry_run: lr (learning rate), batch and microbatch sizes, the EMA rates, the timestep sampler (uniform, loss-second-moment), precision and device.</extracomment>
        <translation>Training: lr %1, Batch %2 (Mikro-Batch %3), EMA %4, Sampler %5, Genauigkeit %6, Gerät %7</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>logging to %1</source>
        <translation>protokolliere nach %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data-parallel over %1 processes (%2), global batch %3</source>
        <extracomment>A data-parallel run: %1 processes, %2 the backend (gloo, nccl), %3 the global batch.</extracomment>
        <translation>datenparallel über %1 Prozesse (%2), globaler Batch %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 steps in %3 s (%4 images/s); checkpoints in %5</source>
        <extracomment>The end of training: %1 is why it stopped (the trainer&apos;s words, English), %2 the steps run.</extracomment>
        <translation>%1: %2 Schritte in %3 s (%4 Bilder/s); Checkpoints in %5</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/commands.cpp" line="+21"/>
        <source>show a checkpoint&apos;s resolved flags, parameters, GFLOP and classes</source>
        <translation>aufgelöste Flags, Parameter, GFLOP und Klassen eines Checkpoints anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run the network once on an .npy input</source>
        <translation>das Netz einmal auf eine .npy-Eingabe anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate images (drop-in for the original image_sample.py)</source>
        <translation>Bilder erzeugen (Ersatz für image_sample.py des Originals)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time the sampling loop for presets or checkpoints (ms/step, TFLOP/s, memory)</source>
        <translation>die Sampling-Schleife für Presets oder Checkpoints messen (ms/step, TFLOP/s, Speicher)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a device/precision against the original&apos;s reference outputs</source>
        <translation>ein Gerät / eine Genauigkeit gegen die Referenzausgaben des Originals prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample columns from identical noise: checkpoints or one setting side by side</source>
        <translation>Spalten aus identischem Rauschen samplen: Checkpoints oder eine Einstellung nebeneinander</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>build a training set (data emoji: the bundled models&apos; emoji images)</source>
        <translation>einen Trainingsdatensatz erstellen (data emoji: die Emoji-Bilder der mitgelieferten Modelle)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>convert a checkpoint between .pt and .safetensors (optionally its dtype)</source>
        <translation>einen Checkpoint zwischen .pt und .safetensors umwandeln (wahlweise seinen dtype)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss of checkpoints on held-out images, on identical draws</source>
        <translation>Trainingsverlust von Checkpoints auf zurückgehaltenen Bildern, mit identischen Zufallsziehungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample quality: FD, KID, precision/recall, class accuracy (score train: its network)</source>
        <translation>Qualität von Bildern: FD, KID, Precision/Recall, Klassengenauigkeit (score train: ihr Netz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train a model on a folder of images (drop-in for the original image_train.py)</source>
        <translation>ein Modell auf einem Bilderordner trainieren (Ersatz für image_train.py des Originals)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: patchdiff &lt;command&gt; [flags]</source>
        <translation>Aufruf: patchdiff &lt;Befehl&gt; [Flags]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;patchdiff &lt;command&gt; --help&apos; lists a command&apos;s flags.</source>
        <translation>&apos;patchdiff &lt;Befehl&gt; --help&apos; listet die Flags eines Befehls auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>unbekannter Befehl „%1“ (Befehle: %2)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/main.cpp" line="+28"/>
        <source>bundled models: %1</source>
        <translation>mitgelieferte Modelle: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found (set PATCHDIFF_MODELS_DIR)</source>
        <translation>keine gefunden (PATCHDIFF_MODELS_DIR setzen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License: %1, with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>Lizenz: %1, ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party libraries:</source>
        <translation>Bibliotheken Dritter:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>patchdiff %1: cancelled</source>
        <translation>patchdiff %1: abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>patchdiff %1: error: %2</source>
        <extracomment>The frame around an error message: %1 is the command (sample, train, ...), %2 the message itself (translated where it has a translation).</extracomment>
        <translation>patchdiff %1: Fehler: %2</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/progress_bar.cpp" line="+32"/>
        <source>%1 d %2</source>
        <extracomment>A duration of a day or more: %1 is the number of days, %2 hours:minutes:seconds.</extracomment>
        <translation>%1 d %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ETA</source>
        <extracomment>Estimated time left in a progress line, followed by hours:minutes:seconds.</extracomment>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="-124"/>
        <source>usage: patchdiff evaluate --model_path A.pt[,B.pt...] --data_dir DIR [--samples_per_image K]
                          [--seed S] [--batch_size B] [--device cpu|cuda] [--json FILE]
                          [--threads N] [--entry NAME] [model/diffusion flags]
The training loss (the trainer&apos;s: weighted x0 MSE plus the variational bound with learned
sigma, with the model&apos;s --weight_schedule) of each checkpoint on every image of DIR
(centre crops, no flips, the true class labels: no label dropout), K times per image with
t uniform over the diffusion steps and Gaussian noise drawn from a generator seeded by
(seed, image, draw) alone: every checkpoint, batch size and device sees the same
(x0, t, noise) triples. Prints each term&apos;s mean with the standard error of the mean over
the draws, overall and per quartile of t (q0: t &lt; T/4 ... q3: the noisiest), and for a
second checkpoint onwards its paired difference to the first (same draws, so its error
is much smaller than either mean&apos;s). Use it on images the models were not trained on.
  --model_path         checkpoints, comma separated (.pt files or bundled model names)
  --data_dir           the images (.jpg/.jpeg/.png/.gif below DIR; classes from the file
                       names as `patchdiff train` reads them)
  --samples_per_image  draws of (t, noise) per image (default 4)
  --seed               the draws&apos; seed (default 0)
  --batch_size         images per network pass (default 32; does not change the numbers
                       beyond float rounding)
  --device             cpu (default) or cuda; fp32 either way
  --json FILE          also write the numbers (and the paired differences) as JSON
</source>
        <extracomment>patchdiff evaluate --help. Keep flag names, values, file patterns and the symbols (x0, t, T, q0..q3) as they are; keep the layout.</extracomment>
        <translation>Aufruf: patchdiff evaluate --model_path A.pt[,B.pt...] --data_dir DIR [--samples_per_image K]
                           [--seed S] [--batch_size B] [--device cpu|cuda] [--json FILE]
                           [--threads N] [--entry NAME] [Modell-/Diffusions-Flags]
Der Trainingsverlust (der des Trainers: gewichteter x0-MSE plus die Variationsschranke mit
gelerntem Sigma, mit dem --weight_schedule des Modells) jedes Checkpoints auf jedem Bild
von DIR (mittiger Zuschnitt, keine Spiegelung, die echten Klassenlabels: kein
Label-Dropout), K-mal je Bild mit t gleichverteilt über die Diffusionsschritte und
Gaußschem Rauschen aus einem Generator, der allein von (Seed, Bild, Ziehung) abhängt: Jeder
Checkpoint, jede Batch-Größe und jedes Gerät sieht dieselben (x0, t, Rauschen)-Tripel.
Gibt den Mittelwert jedes Terms mit dem Standardfehler des Mittelwerts über die Ziehungen
aus, insgesamt und je Quartil von t (q0: t &lt; T/4 ... q3: am stärksten verrauscht), und ab
dem zweiten Checkpoint seine gepaarte Differenz zum ersten (dieselben Ziehungen, daher mit
viel kleinerem Fehler als jeder der Mittelwerte). Auf Bildern verwenden, mit denen die
Modelle nicht trainiert wurden.
  --model_path         Checkpoints, durch Kommas getrennt (.pt-Dateien oder Namen
                       mitgelieferter Modelle)
  --data_dir           die Bilder (.jpg/.jpeg/.png/.gif unter DIR; Klassen aus den
                       Dateinamen, wie `patchdiff train` sie liest)
  --samples_per_image  Ziehungen von (t, Rauschen) je Bild (Standard 4)
  --seed               der Seed der Ziehungen (Standard 0)
  --batch_size         Bilder je Netzdurchlauf (Standard 32; ändert die Zahlen nicht über
                       Rundungsfehler hinaus)
  --device             cpu (Standard) oder cuda; in beiden Fällen fp32
  --json FILE          die Zahlen (und die gepaarten Differenzen) zusätzlich als JSON schreiben
</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>paired difference to %1 (same draws; negative: lower loss than it)</source>
        <translation>gepaarte Differenz zu %1 (dieselben Ziehungen; negativ: kleinerer Verlust als dort)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--model_path is required: one or more checkpoints, comma separated</source>
        <translation>--model_path ist erforderlich: ein oder mehrere Checkpoints, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--data_dir is required: a folder of images the models were not trained on</source>
        <translation>--data_dir ist erforderlich: ein Ordner mit Bildern, mit denen die Modelle nicht trainiert wurden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--samples_per_image must be at least 1</source>
        <translation>--samples_per_image muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--batch_size must be at least 1</source>
        <translation>--batch_size muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>images</source>
        <comment>progress unit</comment>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss on %1: %2 images x %3 draws (seed %4), t uniform over %5 steps, true labels</source>
        <extracomment>%1 the folder, %2 images, %3 draws of (t, noise) per image, %4 their seed, %5 the diffusion&apos;s steps.</extracomment>
        <translation>Trainingsverlust auf %1: %2 Bilder x %3 Ziehungen (Seed %4), t gleichverteilt über %5 Schritte, echte Labels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 undecodable files left out)</source>
        <translation>(%1 nicht dekodierbare Dateien ausgelassen)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/sample_plan.cpp" line="+19"/>
        <source>sampling %1 images in %2 batches of up to %3, %4 %5 steps each, on %6, into %7</source>
        <extracomment>Said before sampling starts. %1 images, %2 batches, %3 images per batch, %4 steps per image, %5 the solver (ddpm, ddim, unipc, ...), %6 the device (cpu, cuda:0), %7 the output folder.</extracomment>
        <translation>sample %1 Bilder in %2 Batches zu höchstens %3, je %4 %5-Schritte, auf %6, nach %7</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>these are the original&apos;s defaults (--num_samples 10000, all %1 diffusion steps); for a quick look try --num_samples 16 --timestep_respacing 50</source>
        <translation>das sind die Standardwerte des Originals (--num_samples 10000, alle %1 Diffusionsschritte); für einen schnellen Blick: --num_samples 16 --timestep_respacing 50</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>estimated time: about %1 (%2 s per step); Ctrl+C stops and keeps the finished batches</source>
        <extracomment>%1 a duration (h:mm:ss, or days and h:mm:ss), %2 seconds per step of one batch.</extracomment>
        <translation>geschätzte Dauer: etwa %1 (%2 s pro Schritt); Strg+C hält an und behält die fertigen Batches</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_convert.cpp" line="+19"/>
        <source>usage: patchdiff convert IN OUT [--dtype float16|bfloat16|float32] [--ema RATE]
                         [--entry NAME]
Converts a checkpoint between .pt (torch.save, the original&apos;s layout) and
.safetensors, by OUT&apos;s extension. A .safetensors file carries the sidecar&apos;s
flags, class names and provenance in its __metadata__; a .pt gets a .json sidecar.
Tensors are copied bit for bit unless --dtype casts the floating-point ones.
--ema RATE: from a training run&apos;s modelN, convert ema_RATE_N beside it.
--entry NAME: the state_dict to take from a file that wraps several.
</source>
        <extracomment>patchdiff convert --help. Keep IN, OUT, RATE, NAME, flag names, values, file names and __metadata__ as they are.</extracomment>
        <translation>Aufruf: patchdiff convert IN OUT [--dtype float16|bfloat16|float32] [--ema RATE]
                         [--entry NAME]
Wandelt einen Checkpoint zwischen .pt (torch.save, das Layout des Originals) und
.safetensors um, je nach Endung von OUT. Eine .safetensors-Datei trägt Flags,
Klassennamen und Herkunft der Sidecar in ihren __metadata__; eine .pt bekommt eine .json-Sidecar.
Tensoren werden Bit für Bit kopiert, außer --dtype wandelt die Gleitkomma-Tensoren um.
--ema RATE: zu modelN eines Trainingslaufs das ema_RATE_N daneben umwandeln.
--entry NAME: welches state_dict aus einer Datei genommen wird, die mehrere enthält.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>convert needs two files: patchdiff convert IN OUT</source>
        <translation>convert braucht zwei Dateien: patchdiff convert IN OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote %1 (%2 tensors from %3)</source>
        <extracomment>After patchdiff convert: %1 the file written, %2 how many tensors, %3 the file read.</extracomment>
        <translation>%1 geschrieben (%2 Tensoren aus %3)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-221"/>
        <source>usage: patchdiff score --images DIR|FILE.npz [--labels L] [--json FILE] [options]
       patchdiff score train --data_dir DIR --out NET.pt [--epochs E] [--seed S] [--threads N]
Measures how close a set of images is to a data set: the Fréchet distance (FD) and KID
between features of the images and of the data&apos;s train split, precision and recall
(Kynkäänniemi et al. 2019, k = 3) and class accuracy (the share of images the classifier
puts in their requested class), each beside its floor: the same numbers for the data&apos;s
held-out real images (the same count, drawn once), which no generator is expected to beat.
The features are the penultimate layer of the bundled emoji classifier
(resources/score/emoji64_features.pt) or of any TorchScript network (--feature_net).
  --images DIR|FILE   PNG folder as `patchdiff sample` writes it (classes from each PNG&apos;s
                      metadata or a &lt;class&gt;_ file name prefix; *_grid.png skipped), or the
                      original&apos;s samples_NxHxWx3.npz (classes in arr_1)
  --labels L          the requested classes, comma separated (repeated over the images);
                      overrides the ones found with the images
  --class_accuracy    auto (default: when the images have classes) | on (an error without
                      classes) | off
  --data_dir DIR      the data set (DIR/train, DIR/heldout as `patchdiff data emoji DIR`
                      writes them); needed once per network: its reference features are
                      then cached beside it (or in ~/.cache/patchdiff) for later runs
  --feature_net FILE  a TorchScript feature network (forward: images -&gt; [N, D] features;
                      optional classify(features) -&gt; logits; attributes input_size,
                      input_min, input_max), e.g. an exported InceptionV3 (docs/quality.md)
  --feature_input_size S, --feature_input_range LO,HI   when the module does not say
  --kid_subsets 100, --kid_subset_size 1000, --seed 0 (which subsets)
  --json FILE         also write fd, kid, kid_std, precision, recall, class_accuracy,
                      num_images and floor{the same keys} as JSON
  --feature_batch_size 100, --threads N
  --model_path A.pt --num_samples N [--repeats R] [sampling flags]: sample N images (classes
                      balanced: image i asks for class i mod C, or --class_labels repeated)
                      with `patchdiff sample`&apos;s job and noise (--timestep_respacing,
                      --sampler, --schedule, --order, --eta, --guidance_scale,
                      --dynamic_threshold, --batch_size, --seed, --device, the original&apos;s
                      sampling and model flags) and score them; with R &gt; 1 the seed
                      sets seed, seed+1, ... give the mean and the standard deviation
score train: trains the feature classifier on DIR/train (classes from the &lt;class&gt;_ file name
prefix, class names from DIR/classes.json when present) and reports its accuracy on
DIR/heldout after each epoch; --epochs 10, --batch_size 64, --lr 0.002, --seed 0, --threads N.
The result is a TorchScript file any LibTorch or PyTorch loads (torch.jit.load).
</source>
        <extracomment>patchdiff score --help. Keep flag names (--images), their values (auto|on|off), file names (emoji64_features.pt, samples_NxHxWx3.npz, NET.pt), the JSON keys after --json, the metric names FD and KID, arr_1, torch.jit.load and the attributes (input_size, classify) as they are; keep the two-column layout.</extracomment>
        <translation>Aufruf: patchdiff score --images DIR|FILE.npz [--labels L] [--json FILE] [Optionen]
        patchdiff score train --data_dir DIR --out NET.pt [--epochs E] [--seed S] [--threads N]
Misst, wie nahe eine Bildmenge einem Datensatz kommt: die Fréchet-Distanz (FD) und KID
zwischen den Features der Bilder und denen des Trainingsteils der Daten, Precision und
Recall (Kynkäänniemi et al. 2019, k = 3) und die Klassengenauigkeit (der Anteil der Bilder,
die der Klassifikator in ihre angeforderte Klasse einordnet), jeweils neben ihrer
Untergrenze: denselben Zahlen für die zurückgehaltenen echten Bilder der Daten (gleiche
Anzahl, einmal gezogen), die voraussichtlich kein Generator übertrifft.
Die Features sind die vorletzte Schicht des mitgelieferten Emoji-Klassifikators
(resources/score/emoji64_features.pt) oder eines beliebigen TorchScript-Netzes (--feature_net).
  --images DIR|FILE   PNG-Ordner, wie `patchdiff sample` ihn schreibt (Klassen aus den
                      Metadaten jedes PNG oder einem Dateinamenpräfix &lt;class&gt;_; *_grid.png
                      wird übersprungen), oder samples_NxHxWx3.npz des Originals (Klassen
                      in arr_1)
  --labels L          die angeforderten Klassen, durch Kommas getrennt (über die Bilder
                      wiederholt); ersetzt die bei den Bildern gefundenen
  --class_accuracy    auto (Standard: wenn die Bilder Klassen haben) | on (ohne Klassen ein
                      Fehler) | off
  --data_dir DIR      der Datensatz (DIR/train, DIR/heldout, wie `patchdiff data emoji DIR`
                      sie schreibt); einmal je Netz nötig: seine Referenz-Features werden
                      dann daneben (oder in ~/.cache/patchdiff) für spätere Läufe gecacht
  --feature_net FILE  ein TorchScript-Feature-Netz (forward: Bilder -&gt; [N, D] Features;
                      optional classify(features) -&gt; Logits; Attribute input_size,
                      input_min, input_max), z. B. ein exportiertes InceptionV3
                      (docs/quality.md)
  --feature_input_size S, --feature_input_range LO,HI   wenn das Modul es nicht angibt
  --kid_subsets 100, --kid_subset_size 1000, --seed 0 (welche Teilmengen)
  --json FILE         zusätzlich fd, kid, kid_std, precision, recall, class_accuracy,
                      num_images und floor{dieselben Schlüssel} als JSON schreiben
  --feature_batch_size 100, --threads N
  --model_path A.pt --num_samples N [--repeats R] [Sampling-Flags]: N Bilder sampeln (Klassen
                      ausgewogen: Bild i verlangt Klasse i mod C, oder --class_labels
                      wiederholt), mit Auftrag und Rauschen wie bei `patchdiff sample`
                      (--timestep_respacing, --sampler, --schedule, --order, --eta,
                      --guidance_scale, --dynamic_threshold, --batch_size, --seed, --device,
                      die Sampling- und Modell-Flags des Originals), und sie bewerten; mit
                      R &gt; 1 ergeben die Seed-Sätze seed, seed+1, ... den Mittelwert und die
                      Standardabweichung
score train: trainiert den Feature-Klassifikator auf DIR/train (Klassen aus dem
Dateinamenpräfix &lt;class&gt;_, Klassennamen aus DIR/classes.json, falls vorhanden) und meldet
nach jeder Epoche seine Genauigkeit auf DIR/heldout; --epochs 10, --batch_size 64,
--lr 0.002, --seed 0, --threads N.
Das Ergebnis ist eine TorchScript-Datei, die jedes LibTorch oder PyTorch lädt (torch.jit.load).
</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/score_args.cpp" line="+46"/>
        <source>the bundled feature network %1 was not found (set PATCHDIFF_SCORE_DIR, or give --feature_net FILE)</source>
        <extracomment>%1 the bundled network&apos;s file name (emoji64_features.pt).</extracomment>
        <translation>das mitgelieferte Feature-Netz %1 wurde nicht gefunden (PATCHDIFF_SCORE_DIR setzen oder --feature_net FILE angeben)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+54"/>
        <location line="+198"/>
        <location line="+107"/>
        <source>images</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the column of the scored images.</extracomment>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>metric</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the metric names (FD, KID, precision, ...).</extracomment>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="-142"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+3"/>
        <source>floor (held-out real)</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the floor: the same numbers for the data set&apos;s held-out real images.</extracomment>
        <translation>Untergrenze (zurückgehaltene echte Bilder)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+6"/>
        <source>precision</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: precision as in precision and recall (Kynkäänniemi et al.).</extracomment>
        <translation>Precision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recall</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: recall as in precision and recall (Kynkäänniemi et al.).</extracomment>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class accuracy</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: the share of images the classifier puts in their requested class.</extracomment>
        <translation>Klassengenauigk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>images</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: the number of images scored.</extracomment>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>score train needs --data_dir DIR (with DIR/train and DIR/heldout) and --out NET.pt</source>
        <translation>score train braucht --data_dir DIR (mit DIR/train und DIR/heldout) und --out NET.pt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1/train&apos; has images without a class: name them &lt;class&gt;_&lt;anything&gt;.png</source>
        <extracomment>%1 the data set&apos;s folder (--data_dir).</extracomment>
        <translation>„%1/train“ enthält Bilder ohne Klasse: sie nach dem Muster &lt;class&gt;_&lt;anything&gt;.png benennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training the feature classifier on %1 images (%2 classes), %3 held out, %4 epochs, seed %5</source>
        <extracomment>%1 training images, %2 classes, %3 held-out images, %4 epochs, %5 the seed.</extracomment>
        <translation>Feature-Klassifikator wird auf %1 Bildern trainiert (%2 Klassen), %3 zurückgehalten, %4 Epochen, Seed %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>train</source>
        <comment>progress label</comment>
        <extracomment>Progress label while `patchdiff score train` trains the feature classifier.</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>epoch %1: loss %2, held-out accuracy %3</source>
        <extracomment>After each epoch of `score train`: %1 the epoch, %2 its mean training loss, %3 the classifier&apos;s accuracy on the held-out images.</extracomment>
        <translation>Epoche %1: Verlust %2, Genauigkeit auf zurückgehaltenen Bildern %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>held-out accuracy per class:</source>
        <extracomment>Followed by each class&apos;s name and its accuracy on the held-out images.</extracomment>
        <translation>Genauigkeit auf zurückgehaltenen Bildern je Klasse:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote %1 (held-out accuracy %2)</source>
        <extracomment>%1 the classifier&apos;s file, %2 its accuracy on the held-out images after the last epoch.</extracomment>
        <translation>%1 geschrieben (Genauigkeit auf zurückgehaltenen Bildern %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give --num_samples N with --model_path (the images per seed set; 500 or more for a stable FD)</source>
        <translation>--num_samples N zusammen mit --model_path angeben (die Bilder je Seed-Satz; 500 oder mehr für eine stabile FD)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--num_samples must be at least 2, --batch_size and --repeats at least 1</source>
        <translation>--num_samples muss mindestens 2 sein, --batch_size und --repeats mindestens 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model makes %1x%1 images but the reference data are %2x%2</source>
        <extracomment>%1 the side of the model&apos;s (square) images, %2 that of the data set&apos;s images.</extracomment>
        <translation>das Modell erzeugt Bilder mit %1x%1, die Referenzdaten haben aber %2x%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seed %1</source>
        <extracomment>Progress label while sampling the images of one seed set: %1 the seed.</extracomment>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 images x %2 seed sets of %3 (%4, %5 steps, guidance %6) against %7 train images</source>
        <extracomment>Above the score table: %1 images per seed set, %2 seed sets, %3 the checkpoint(s), %4 the sampler, %5 its steps, %6 the guidance scale, %7 the images of the data set&apos;s train split.</extracomment>
        <translation>%1 Bilder x %2 Seed-Sätze von %3 (%4, %5 Schritte, Guidance %6) gegen %7 Trainingsbilder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean over seeds</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the column of the scored images, with several seed sets: the mean of their numbers.</extracomment>
        <translation>Mittel über Seeds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FD spread</source>
        <comment>score table row</comment>
        <extracomment>A row below the score table: FD (the Fréchet distance, a name: keep it) and its spread over the seed sets.</extracomment>
        <translation>FD-Streuung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(standard deviation over %1 seed sets; KID&apos;s +- above is over subsets)</source>
        <extracomment>After the FD spread row: %1 the number of seed sets. The +- is the KID row&apos;s.</extracomment>
        <translation>(Standardabweichung über %1 Seed-Sätze; das +- bei KID oben gilt über Teilmengen)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>give either --images DIR|FILE.npz or --model_path A.pt --num_samples N (see patchdiff score --help)</source>
        <translation>entweder --images DIR|FILE.npz oder --model_path A.pt --num_samples N angeben (siehe patchdiff score --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--class_accuracy must be auto, on or off, got &apos;%1&apos;</source>
        <translation>--class_accuracy muss auto, on oder off sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; does not say the requested class of every image (an .npz needs arr_1, PNGs a label in their metadata or a &lt;class&gt;_ name prefix): class accuracy needs them; give --labels or --class_accuracy off</source>
        <extracomment>%1 the images given with --images (a folder or an .npz file).</extracomment>
        <translation>„%1“ gibt nicht für jedes Bild die angeforderte Klasse an (eine .npz braucht arr_1, PNGs ein Label in ihren Metadaten oder ein Namenspräfix &lt;class&gt;_): die Klassengenauigkeit braucht sie; --labels oder --class_accuracy off angeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>class accuracy needs a feature network with a classify method; &apos;%1&apos; has none</source>
        <extracomment>%1 the feature network&apos;s file.</extracomment>
        <translation>die Klassengenauigkeit braucht ein Feature-Netz mit einer classify-Methode; „%1“ hat keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the images&apos; classes reach %1 but the feature network knows %2 classes</source>
        <extracomment>%1 the highest class index of the images, %2 the number of classes the network tells apart.</extracomment>
        <translation>die Klassen der Bilder reichen bis %1, das Feature-Netz kennt aber nur %2 Klassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 images of %2 against %3 train images (feature network %4)</source>
        <extracomment>Above the score table: %1 images scored, %2 where they came from (--images), %3 the images of the data set&apos;s train split, %4 the feature network&apos;s file name.</extracomment>
        <translation>%1 Bilder aus %2 gegen %3 Trainingsbilder (Feature-Netz %4)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::BranchDialog</name>
    <message>
        <location filename="../ui/inspect/branch_dialog.cpp" line="+22"/>
        <source>Continue from Step %1</source>
        <translation>Ab Schritt %1 fortsetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Seed of the remaining steps&apos; noise (the parent&apos;s seed continues it unchanged)</source>
        <translation>Seed für das Rauschen der restlichen Schritte (der Seed des Ausgangslaufs setzt es unverändert fort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the parent run</source>
        <translation>Wie im Ausgangslauf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Guidance scale:</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off (translations/GLOSSARY.md).</extracomment>
        <translation>&amp;Guidance-Stärke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sampler:</source>
        <translation>&amp;Sampler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eta:</source>
        <translation>&amp;Eta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed of the remaining noise:</source>
        <extracomment>Seed: the number a run&apos;s random noise is drawn from (translations/GLOSSARY.md).</extracomment>
        <translation>S&amp;eed des restlichen Rauschens:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Checkpoint:</source>
        <extracomment>Checkpoint: a .pt file with a model&apos;s trained weights (translations/GLOSSARY.md).</extracomment>
        <translation>&amp;Checkpoint:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::CompareColumnView</name>
    <message>
        <location filename="../ui/compare/compare_column_view.cpp" line="+61"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::CompareWindow</name>
    <message>
        <location filename="../ui/compare/compare_window.cpp" line="+52"/>
        <source>Checkpoints</source>
        <extracomment>Checkpoint: a .pt file with a model&apos;s trained weights (translations/GLOSSARY.md).</extracomment>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guidance scale</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off.</extracomment>
        <translation>Guidance-Stärke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (respacing)</source>
        <extracomment>Respacing: sampling with fewer, evenly spread timesteps of the diffusion (--timestep_respacing).</extracomment>
        <translation>Schritte (Respacing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <extracomment>Schedule: which noise levels a run&apos;s steps visit (uniform, karras, exponential, trailing).</extracomment>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eta (DDIM)</source>
        <translation>Eta (DDIM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength (input image)</source>
        <extracomment>Strength: how far into the noise an input image goes (image-to-image; the Input dock&apos;s image).</extracomment>
        <translation>Stärke (Eingabebild)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 GFLOP/pass x%2</source>
        <extracomment>GFLOP per image per network pass; &quot;x%2&quot;: two passes per step when guiding.</extracomment>
        <translation>%1 GFLOP/Durchlauf x%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GFLOP/pass</source>
        <translation>%1 GFLOP/Durchlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed-up x%1</source>
        <extracomment>Time of the first column divided by this one&apos;s, per image.</extracomment>
        <translation>Beschleunigung x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RMS to first %1</source>
        <extracomment>Root mean square difference of this column&apos;s images to the first column&apos;s, in [-1, 1] units.</extracomment>
        <translation>RMS zur ersten %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FD %1 · class accuracy %2 (%3 images)</source>
        <extracomment>A scored column: %1 its Fréchet distance (FD, keep the abbreviation), %2 the share of its images the classifier puts in the requested class, %3 how many images were scored.</extracomment>
        <translation>FD %1 · Klassengenauigkeit %2 (%3 Bilder)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FD %1 (%2 images)</source>
        <translation>FD %1 (%2 Bilder)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare — Patch Diffusion Studio</source>
        <translation>Vergleich — Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check 2 to 4 checkpoints of one image size</source>
        <translation>2 bis 4 Checkpoints derselben Bildgröße ankreuzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 6 comma-separated values of the varied setting</source>
        <translation>2 bis 6 durch Kommas getrennte Werte der variierten Einstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values, e.g. 1,1.5,3</source>
        <translation>Werte, z. B. 1,1.5,3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align by step</source>
        <translation>Nach Schritt ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align by SNR</source>
        <translation>Nach SNR ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Comparison</source>
        <translation>&amp;Vergleich starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Sheet…</source>
        <translation>Blatt &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score Columns</source>
        <translation>Spalten &amp;bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the comparison, then make this many more images per column and measure them against the data set: Fréchet distance and class accuracy (see patchdiff score)</source>
        <translation>Den Vergleich ausführen, dann je Spalte so viele weitere Bilder erzeugen und sie am Datensatz messen: Fréchet-Distanz und Klassengenauigkeit (siehe patchdiff score)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> images per column</source>
        <extracomment>Suffix of the number of images each column is scored on (&quot;100 images per column&quot;).</extracomment>
        <translation> Bilder je Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images scored per column</source>
        <translation>Bewertete Bilder je Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 or more for a stable Fréchet distance; 100 shows the order of large differences</source>
        <translation>500 oder mehr für eine stabile Fréchet-Distanz; 100 zeigt bei großen Unterschieden die Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data Folder…</source>
        <translation>&amp;Datenordner…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns differ in:</source>
        <translation>Spalten unterscheiden sich in:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compare step</source>
        <translation>Vergleichsschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+406"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>GFLOP / pass</source>
        <translation>GFLOP/Durchlauf</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>ms / step (median)</source>
        <translation>ms/Schritt (Median)</translation>
    </message>
    <message>
        <location line="-405"/>
        <location line="+406"/>
        <source>Total s</source>
        <translation>Gesamt s</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>Speed-up</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>GFLOP ratio</source>
        <translation>GFLOP-Verhältnis</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>RMS to first</source>
        <translation>RMS zur ersten</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Data Folder for Scoring (with train/ and heldout/)</source>
        <translation>Datenordner für die Bewertung (mit train/ und heldout/)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Comparison Sheet</source>
        <translation>Vergleichsblatt exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>scoring column %1 of %2 · %3 of %4 images</source>
        <extracomment>Progress while a column&apos;s scored images are made: %1 the column, %2 of how many, %3 images finished, %4 of how many.</extracomment>
        <translation>Bewertung der Spalte %1 von %2 · %3 von %4 Bildern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 of %2 · step %3 of %4</source>
        <translation>Spalte %1 von %2 · Schritt %3 von %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (P=%2)</source>
        <translation>%1 (P=%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>from the input image at strength %1</source>
        <translation>vom Eingabebild mit Stärke %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the input image</source>
        <translation>vom Eingabebild</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data set scores are measured against (with train/ and heldout/): needed once, until its features are cached</source>
        <translation>Der Datensatz, an dem die Bewertungen gemessen werden (mit train/ und heldout/): einmal nötig, bis seine Features gecacht sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores are measured against %1</source>
        <translation>Die Bewertungen werden an %1 gemessen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check 2 to 4 checkpoints to compare (%1 checked).</source>
        <translation>Zum Vergleichen 2 bis 4 Checkpoints ankreuzen (%1 angekreuzt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load a model first: a setting is compared on the loaded checkpoint.</source>
        <translation>Zuerst ein Modell laden: Eine Einstellung wird am geladenen Checkpoint verglichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give 2 to 6 comma-separated values (%1 given).</source>
        <translation>2 bis 6 durch Kommas getrennte Werte angeben (%1 angegeben).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strength is compared on an input image: open one in the Input dock (or use a tile as input).</source>
        <translation>Die Stärke wird an einem Eingabebild verglichen: eines im Bereich Eingabebild öffnen (oder eine Kachel als Eingabe verwenden).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring measures images made from noise: clear the Input dock&apos;s image to score the columns.</source>
        <translation>Die Bewertung misst aus Rauschen erzeugte Bilder: das Bild im Bereich Eingabebild leeren, um die Spalten zu bewerten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location line="-395"/>
        <location line="+455"/>
        <source>P=%1  %2 ms/step</source>
        <translation>P=%1  %2 ms/Schritt</translation>
    </message>
    <message>
        <location line="-451"/>
        <location line="+452"/>
        <source>total %1 s</source>
        <translation>gesamt %1 s</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guidance %1</source>
        <translation>Guidance %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared (from the Sampling panel): %1</source>
        <extracomment>%1 the settings every column shares, joined by &quot; · &quot;.</extracomment>
        <translation>Gemeinsam (aus dem Sampling-Bereich): %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>column %1 of %2</source>
        <translation>Spalte %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running · step %1 of %2</source>
        <translation>läuft · Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>step %1 / %2 · ln SNR %3</source>
        <translation>Schritt %1 / %2 · ln SNR %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FD</source>
        <extracomment>FD: Fréchet distance of the column&apos;s scored images to the data (lower is better); keep the abbreviation.</extracomment>
        <translation>FD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class accuracy</source>
        <translation>Klassengenauigkeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Floor (as many held-out real images): FD %1</source>
        <translation>Untergrenze (ebenso viele zurückgehaltene echte Bilder): FD %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Measured time vs compute per step</source>
        <translation>Gemessene Zeit und Rechenaufwand je Schritt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ms / step (measured, median)</source>
        <translation>ms / Schritt (gemessen, Median)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>GFLOP / step</source>
        <translation>GFLOP / Schritt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>ms / step</source>
        <translation>ms / Schritt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quality vs compute</source>
        <extracomment>Title of the chart of each scored column&apos;s Fréchet distance against its compute per finished image.</extracomment>
        <translation>Qualität und Rechenaufwand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GFLOP per finished image</source>
        <translation>GFLOP je fertigem Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fréchet distance (lower is better)</source>
        <translation>Fréchet-Distanz (niedriger ist besser)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 · FD %2</source>
        <translation>%1 · FD %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>floor: held-out real images (FD %1)</source>
        <extracomment>The dashed line of the quality chart: what real images the network never saw score.</extracomment>
        <translation>Untergrenze: zurückgehaltene echte Bilder (FD %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run a comparison first.</source>
        <translation>Zuerst einen Vergleich ausführen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the comparison sheet: %1</source>
        <translation>Das Vergleichsblatt konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::FilmstripView</name>
    <message>
        <location filename="../ui/inspect/filmstrip_view.cpp" line="+18"/>
        <source>Filmstrip</source>
        <translation>Filmstreifen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every k-th step of the focused image; click to show that step</source>
        <translation>Jeder k-te Schritt des gewählten Bildes; Klick zeigt diesen Schritt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The filmstrip of the focused image appears here during a run</source>
        <translation>Der Filmstreifen des gewählten Bildes erscheint hier während eines Laufs</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::FlagsView</name>
    <message>
        <location filename="../ui/models/flags_view.cpp" line="+23"/>
        <source>user</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the user&apos;s entry.</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sidecar</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the checkpoint&apos;s .json sidecar file.</extracomment>
        <translation>Sidecar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: read from the weights&apos; tensor shapes.</extracomment>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the original&apos;s default.</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved flags</source>
        <translation>Aufgelöste Flags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste MODEL_FLAGS, e.g. --image_size 64 --patch_size 4</source>
        <translation>MODEL_FLAGS einfügen, z. B. --image_size 64 --patch_size 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply flags</source>
        <translation>Flags anwenden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Editable: the weights do not decide %1</source>
        <translation>Bearbeitbar: Die Gewichte legen %1 nicht fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the weights</source>
        <translation>Aus den Gewichten gelesen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>user (pending)</source>
        <translation>Benutzer (ausstehend)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot apply the flags: %1</source>
        <extracomment>%1: what is wrong with a pasted MODEL_FLAGS string (English, from the core), e.g. &quot;unknown flag --num_head; did you mean --num_heads?&quot;.</extracomment>
        <translation>Die Flags lassen sich nicht anwenden: %1</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::InputPanel</name>
    <message>
        <location filename="../ui/input/input_panel.cpp" line="+39"/>
        <source>Open Image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start runs from noise again</source>
        <translation>Läufe wieder mit Rauschen beginnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How far into the noise the image goes before the model takes over: near 0 keeps it, 0.5 keeps its layout, 1 starts from noise</source>
        <translation>Wie weit das Bild ins Rauschen geht, bevor das Modell übernimmt: nahe 0 bleibt es erhalten, 0,5 behält seinen Aufbau, 1 beginnt mit Rauschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush radius in image pixels</source>
        <translation>Pinselradius in Bildpixeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint with the left button to keep (the right button always erases)</source>
        <translation>Mit der linken Taste den zu behaltenden Teil malen (die rechte Taste radiert immer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <extracomment>Clears the inpainting mask (the row is labelled &quot;Mask&quot;).</extracomment>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invert</source>
        <extracomment>Inverts the inpainting mask (the row is labelled &quot;Mask&quot;).</extracomment>
        <translation>Umkehren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RePaint&apos;s resampling: at every 10th step go back 10 steps and come down again, this many times (harmonises the border, costs steps)</source>
        <translation>Resampling von RePaint: bei jedem 10. Schritt 10 Schritte zurück und wieder hinab, so oft wie angegeben (gleicht den Rand an, kostet Schritte)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask brush</source>
        <translation>Maskenpinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resample jumps</source>
        <translation>Resampling-Sprünge</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 · %2×%3</source>
        <extracomment>Under the input image: %1 where it came from (a file, or &quot;run 3, image 2&quot;), %2 x %3 its size.</extracomment>
        <translation>%1 · %2×%3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Runs start from noise.</source>
        <translation>Läufe beginnen mit Rauschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpainting: the magenta part is regenerated at strength %1; the rest keeps the image&apos;s pixels exactly.</source>
        <translation>Inpainting: Der magentafarbene Teil wird mit Stärke %1 neu erzeugt; der Rest behält exakt die Pixel des Bildes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image-to-image at strength %1: every image of the batch is a variation (its own seed). Paint a mask to regenerate one part only.</source>
        <translation>Bild-zu-Bild mit Stärke %1: Jedes Bild des Batches ist eine Variation (mit eigenem Seed). Eine Maske malen, um nur einen Teil neu zu erzeugen.</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::Inspector</name>
    <message>
        <location filename="../ui/inspect/inspector.cpp" line="+63"/>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Play / Pause Trajectory</source>
        <translation>Trajektorie &amp;abspielen / anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from This Step…</source>
        <translation>Ab diesem Schritt &amp;fortsetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;Filmstrip…</source>
        <translation>Filmstreifen &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation of Image…</source>
        <translation>A&amp;nimation des Bildes exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Animation of &amp;Grid…</source>
        <translation>Animation des &amp;Rasters exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;lots and CSV…</source>
        <translation>&amp;Diagramme und CSV exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trajectory &amp;Memory Budget…</source>
        <translation>Speicher&amp;budget für Trajektorien…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run %1 dropped its trajectory to keep the session within the %2 memory budget.</source>
        <translation>Lauf %1 hat seine Trajektorie verworfen, um die Sitzung im Speicherbudget von %2 zu halten.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>t=%1 · ln SNR %2 · %3</source>
        <translation>t=%1 · ln SNR %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · showing step %1</source>
        <translation> · zeigt Schritt %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no recorded trajectory to continue from.</source>
        <translation>Es gibt keine aufgezeichnete Trajektorie, ab der fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The checkpoint %1 is not in the catalog.</source>
        <translation>Der Checkpoint %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The branch runs with %1, so the Models dock now holds it; choose another model there to go back.</source>
        <translation>Der Zweig läuft mit %1, daher enthält der Modelle-Bereich jetzt dieses Modell; wählen Sie dort ein anderes, um zurückzukehren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continues exactly from the recorded float x_t of step %1.</source>
        <translation>Setzt exakt ab dem aufgezeichneten float-x_t von Schritt %1 fort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the 8-bit x_t of step %1 was kept (memory budget): the continuation is approximate.</source>
        <translation>Von Schritt %1 wurde nur das 8-Bit-x_t behalten (Speicherbudget): Die Fortsetzung ist angenähert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1&apos;s trajectory was dropped for the memory budget: its images, plots and settings remain.</source>
        <translation>Die Trajektorie von Lauf %1 wurde für das Speicherbudget verworfen: Bilder, Diagramme und Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>There is no run on view.</source>
        <translation>Es wird kein Lauf angezeigt.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not export the filmstrip: %1</source>
        <translation>Der Filmstreifen konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export the animation: %1</source>
        <translation>Die Animation konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 (%2 frames)</source>
        <translation>%1 geschrieben (%2 Einzelbilder)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not export the plots: %1</source>
        <translation>Die Diagramme konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 files to %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Filmstrip</source>
        <translation>Filmstreifen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF-Animationen (*.gif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Plots and CSV to Folder</source>
        <translation>Diagramme und CSV in Ordner exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trajectory Memory Budget</source>
        <translation>Speicherbudget für Trajektorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory for recorded trajectories of all runs (MiB):</source>
        <translation>Speicher für aufgezeichnete Trajektorien aller Läufe (MiB):</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/window/language_menu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="+46"/>
        <source>Patch Diffusion Studio</source>
        <translation>Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Image…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;All…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/window/main_window_outputs.cpp" line="+68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Patch Diffusion Studio</source>
        <translation>Ü&amp;ber Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>x0 &amp;Prediction</source>
        <extracomment>x0 prediction: the network&apos;s estimate of the clean image x_0 at the current step; keep &quot;x0&quot; (translations/GLOSSARY.md).</extracomment>
        <translation>x0-&amp;Vorhersage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noisy &amp;x_t</source>
        <extracomment>x_t: the noisy image at step t that the sampler denoises; keep the symbol &quot;x_t&quot;.</extracomment>
        <translation>Verrauschtes &amp;x_t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Both Side by Side</source>
        <translation>Bei&amp;de nebeneinander</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Image…</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of File &gt; Export Image; may be shorter than the menu text.</extracomment>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Image</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of Edit &gt; Copy Image; may be shorter than the menu text.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both Side by Side</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of View &gt; Both Side by Side; may be shorter than the menu text.</extracomment>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to Window</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of View &gt; Fit to Window; may be shorter than the menu text.</extracomment>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image</source>
        <translation>B&amp;ild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patch Diffusion Studio will use %1 from its next start.</source>
        <translation>Patch Diffusion Studio verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <extracomment>The name of the main window&apos;s toolbar (shown where toolbars can be hidden).</extracomment>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>%1 loads when the current run ends.</source>
        <extracomment>%1 a checkpoint&apos;s file name.</extracomment>
        <translation>%1 wird geladen, sobald der laufende Lauf endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The user guide is not installed here (share/doc/patchdiff/user-guide.md beside the program).</source>
        <translation>Das Benutzerhandbuch ist hier nicht installiert (share/doc/patchdiff/user-guide.md neben dem Programm).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program here opens %1: open it with a text editor or a Markdown viewer.</source>
        <translation>Kein Programm hier öffnet %1: Öffnen Sie es mit einem Texteditor oder einem Markdown-Betrachter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Patch Diffusion Studio</source>
        <translation>Über Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Patch Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Sample and inspect patch diffusion models; the patchdiff command line also trains them.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · LibTorch %4&lt;/p&gt;&lt;p&gt;Bundled models:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Patch Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Patch-Diffusionsmodelle samplen und untersuchen; trainieren lassen sie sich mit der Kommandozeile patchdiff.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3) · LibTorch %4&lt;/p&gt;&lt;p&gt;Mitgelieferte Modelle:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;none found&lt;/li&gt;</source>
        <translation>&lt;li&gt;keine gefunden&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_files.cpp" line="+65"/>
        <source>No bundled models were found: open a checkpoint (Ctrl+O) or set PATCHDIFF_MODELS_DIR.</source>
        <translation>Keine mitgelieferten Modelle gefunden: einen Checkpoint öffnen (Strg+O) oder PATCHDIFF_MODELS_DIR setzen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no run description: it is now the input image (Input Image dock)</source>
        <translation>%1 hat keine Laufbeschreibung: Es ist jetzt das Eingabebild (Bereich Eingabebild)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot restore from %1: %2</source>
        <translation>Wiederherstellen aus %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was made with %2, which is not on this machine: open that checkpoint first, then the PNG.</source>
        <translation>%1 wurde mit %2 erzeugt, der auf diesem Rechner fehlt: zuerst diesen Checkpoint öffnen, dann das PNG.</translation>
    </message>
    <message>
        <location filename="../ui/export/run_autosave.cpp" line="-52"/>
        <location filename="../ui/window/main_window_files.cpp" line="+38"/>
        <source>seed %1 #%2</source>
        <extracomment>Caption under a sample: %1 the seed, %2 the image&apos;s index in the run.</extracomment>
        <translation>Seed %1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_files.cpp" line="-9"/>
        <source>restored from %1</source>
        <extracomment>Where the input image came from: %1 the PNG it was restored from.</extracomment>
        <translation>wiederhergestellt aus %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 cannot be regenerated exactly: it started from injected noise, which its file does not hold. Its settings are restored.</source>
        <translation>%1 lässt sich nicht exakt neu erzeugen: Es begann mit eingespeistem Rauschen, das die Datei nicht enthält. Seine Einstellungen sind wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 continued another run from step %2 with other settings; its file holds that run&apos;s recipe and the x_t of step %2, so it regenerates exactly.</source>
        <translation>%1 hat einen anderen Lauf ab Schritt %2 mit anderen Einstellungen fortgesetzt; die Datei enthält das Rezept jenes Laufs und das x_t von Schritt %2, daher lässt es sich exakt neu erzeugen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 continued another run from the 8-bit x_t of step %2 (an approximate continuation); its file holds that x_t, so it regenerates exactly as it was made.</source>
        <translation>%1 hat einen anderen Lauf ab dem 8-Bit-x_t von Schritt %2 fortgesetzt (eine Näherung); die Datei enthält dieses x_t, daher lässt es sich exakt so neu erzeugen, wie es entstand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the settings of %1 (seed %2, image #%3).</source>
        <translation>Einstellungen von %1 wiederhergestellt (Seed %2, Bild #%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate?</source>
        <translation>Neu erzeugen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All settings of %1 are restored. Regenerate the image now?</source>
        <translation>Alle Einstellungen von %1 sind wiederhergestellt. Das Bild jetzt neu erzeugen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 are restored, but a new image from them will differ. Generate it anyway?</source>
        <translation>Die Einstellungen von %1 sind wiederhergestellt, aber ein neues Bild daraus wird abweichen. Trotzdem erzeugen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Nothing to export: finish a run first.</source>
        <translation>Nichts zu exportieren: zuerst einen Lauf abschließen.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+35"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 already holds %n file(s) of these names (%2). Replace them?</source>
        <translation>
            <numerusform>%1 enthält bereits %n Datei dieses Namens (%2). Ersetzen?</numerusform>
            <numerusform>%1 enthält bereits %n Dateien dieser Namen (%2). Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1 files in %2</source>
        <translation>%1 Dateien in %2 gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied image %1</source>
        <translation>Bild %1 kopiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied the grid</source>
        <translation>Raster kopiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Checkpoint or Sample</source>
        <translation>Checkpoint oder Sample öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints and samples (*.pt *.safetensors *.png);;Checkpoints (*.pt *.safetensors);;Samples (*.png);;Input images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Checkpoints und Samples (*.pt *.safetensors *.png);;Checkpoints (*.pt *.safetensors);;Samples (*.png);;Eingabebilder (*.png *.jpg *.jpeg *.bmp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export All Into Folder</source>
        <translation>Alle in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_run.cpp" line="+34"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint differs from the one that made this image (SHA-256 mismatch): the regenerated image will differ.</source>
        <translation>Der Checkpoint weicht von dem ab, der dieses Bild erzeugt hat (SHA-256 verschieden): Das neu erzeugte Bild wird abweichen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not load the model: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sampling failed: %1</source>
        <translation>Sampling fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model is loaded: choose a checkpoint in the Models panel or open one (Ctrl+O).</source>
        <translation>Kein Modell geladen: einen Checkpoint im Bereich Modelle wählen oder einen öffnen (Strg+O).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled at step %1</source>
        <translation>abgebrochen bei Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled after %1 steps: showing the last x0 prediction</source>
        <translation>Nach %1 Schritten abgebrochen: die letzte x0-Vorhersage wird gezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done: %1 steps in %2 s</source>
        <translation>fertig: %1 Schritte in %2 s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Regenerated image is identical to the file.</source>
        <translation>Das neu erzeugte Bild ist mit der Datei identisch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerated image differs from the file in %1 pixels (at most %2 levels).</source>
        <translation>Das neu erzeugte Bild weicht in %1 Pixeln von der Datei ab (höchstens %2 Stufen).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_outputs.cpp" line="-44"/>
        <source>Sa&amp;ve Finished Runs Automatically</source>
        <translation>Fertige Läufe automatisch &amp;speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every finished run&apos;s images, with their settings, go to the outputs folder</source>
        <translation>Die Bilder jedes fertigen Laufs kommen mit ihren Einstellungen in den Ausgabeordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs &amp;Folder…</source>
        <translation>Ausgabe&amp;ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs Folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished runs are saved in %1, one subfolder per day.</source>
        <translation>Fertige Läufe werden in %1 gespeichert, ein Unterordner pro Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Outputs Folder</source>
        <translation>Ausgabeordner öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the run in the outputs folder: %1</source>
        <translation>Der Lauf ließ sich nicht im Ausgabeordner speichern: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n image(s) in %1</source>
        <translation>
            <numerusform>%n Bild in %1 gespeichert</numerusform>
            <numerusform>%n Bilder in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit while sampling?</source>
        <translation>Während des Samplens beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is still going; quitting stops it and its images are lost. Runs that finished are kept in the outputs folder.</source>
        <translation>Ein Lauf ist noch im Gang; Beenden hält ihn an, seine Bilder gehen verloren. Fertige Läufe bleiben im Ausgabeordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_input.cpp" line="-38"/>
        <source>Input Image</source>
        <translation>Eingabebild</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;Image as Input…</source>
        <translation>&amp;Bild als Eingabe öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use as Input</source>
        <translation>Als &amp;Eingabe verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the next runs from the selected image</source>
        <translation>Die nächsten Läufe vom ausgewählten Bild aus starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>&amp;Variationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A batch of variations of the selected image (its own seed each)</source>
        <translation>Ein Batch von Variationen des ausgewählten Bildes (jede mit eigenem Seed)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Input Image</source>
        <translation>Eingabebild öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2×%3: resized to %4×%4 as training resizes images</source>
        <translation>%1 ist %2×%3: auf %4×%4 skaliert, wie das Training Bilder skaliert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot use %1 as the input image: %2</source>
        <translation>%1 kann nicht als Eingabebild verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an image first (click a tile).</source>
        <translation>Zuerst ein Bild auswählen (eine Kachel anklicken).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tile %1</source>
        <extracomment>Where the input image came from: %1 the tile&apos;s caption (class · seed S #i).</extracomment>
        <translation>Kachel %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>variations of %1</source>
        <translation>Variationen von %1</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MaskEditor</name>
    <message>
        <location filename="../ui/input/mask_editor.cpp" line="+16"/>
        <source>Paint the part to regenerate (left button); the right button erases</source>
        <translation>Den neu zu erzeugenden Teil malen (linke Taste); die rechte Taste radiert</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No input image: generation starts from noise.
Drop a PNG or JPEG here, or use a tile (Image &gt; Use as Input).</source>
        <translation>Kein Eingabebild: Die Erzeugung beginnt mit Rauschen.
Ein PNG oder JPEG hierher ziehen oder eine Kachel verwenden (Bild &gt; Als Eingabe verwenden).</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MessageBar</name>
    <message>
        <location filename="../ui/window/message_bar.cpp" line="+20"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::ModelPanel</name>
    <message>
        <location filename="../ui/models/model_panel.cpp" line="+29"/>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patch size:</source>
        <extracomment>Patch size P: the image is cut into P×P patches before the U-Net (translations/GLOSSARY.md).</extracomment>
        <translation>Patch-Größe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open checkpoint…</source>
        <translation>Checkpoint öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .pt checkpoint (or drop one on the window)</source>
        <translation>Einen .pt-Checkpoint öffnen (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opened checkpoints</source>
        <translation>Geöffnete Checkpoints</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use %1 (patch size %2)</source>
        <translation>%1 verwenden (Patch-Größe %2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>
%1×%1 px, P=%2, %3 classes, %4 M parameters, %5 GFLOP per image, %6 schedule, T=%7</source>
        <translation>
%1×%1 px, P=%2, %3 Klassen, %4 Mio. Parameter, %5 GFLOP je Bild, Zeitplan %6, T=%7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
SNR splits: %1 models</source>
        <translation>
SNR-Aufteilung: %1 Modelle</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::PlotPanel</name>
    <message>
        <location filename="../ui/inspect/plot_panel.cpp" line="+31"/>
        <source>Filled in as a run
records its steps</source>
        <translation>Füllt sich, sobald ein Lauf
seine Schritte aufzeichnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>log SNR</source>
        <translation>log-SNR</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ln SNR</source>
        <translation>ln SNR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x0 change per step</source>
        <translation>x0-Änderung je Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>focused</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>batch mean</source>
        <translation>Batch-Mittel</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>x0 energy above ½ Nyquist</source>
        <translation>x0-Energie über ½ Nyquist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guidance gap / threshold s</source>
        <translation>Guidance-Abstand / Schwelle s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RMS(ε_c − ε_u)</source>
        <translation>RMS(ε_c − ε_u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time per step</source>
        <translation>Zeit je Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>running mean</source>
        <translation>gleitendes Mittel</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>There is no run to export plots of.</source>
        <translation>Es gibt keinen Lauf, dessen Diagramme exportiert werden könnten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RecentFiles</name>
    <message>
        <location filename="../ui/window/recent_files.cpp" line="+16"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RunHistoryView</name>
    <message>
        <location filename="../ui/inspect/run_history_view.cpp" line="+11"/>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run %1 · %2</source>
        <extracomment>A run saved in the outputs folder by an earlier session: %1 its day and number there (&quot;2026-12-07 #3&quot;), %2 the checkpoint.</extracomment>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 · %2</source>
        <translation>Gespeichert %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps · %2 · guidance %3 · seed %4</source>
        <translation>%1 Schritte · %2 · Guidance %3 · Seed %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↳ branch of run %1 at step %2</source>
        <translation>↳ Abzweig von Lauf %1 bei Schritt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled at step %1</source>
        <translation>abgebrochen bei Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final images only (from the outputs folder)</source>
        <translation>nur die fertigen Bilder (aus dem Ausgabeordner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trajectory dropped (memory budget)</source>
        <translation>Trajektorie verworfen (Speicherbudget)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RunStatus</name>
    <message>
        <location filename="../ui/window/run_status.cpp" line="+13"/>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device and precision of the run</source>
        <translation>Gerät und Genauigkeit des Laufs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps/s · ETA %2 s</source>
        <translation>%1 Schritte/s · noch %2 s</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SampleCanvas</name>
    <message>
        <location filename="../ui/inspect/sample_canvas.cpp" line="+31"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Press Generate (Ctrl+Return) to sample</source>
        <translation>Erzeugen (Strg+Eingabe) drücken, um zu samplen</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SamplingPanel</name>
    <message>
        <location filename="../ui/sampling/sampler_caption.cpp" line="+14"/>
        <source>DDPM</source>
        <translation>DDPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euler</source>
        <translation>Euler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euler ancestral</source>
        <translation>Euler ancestral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heun</source>
        <translation>Heun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPM++ 2M</source>
        <translation>DPM++ 2M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPM++ 2M SDE</source>
        <translation>DPM++ 2M SDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UniPC</source>
        <translation>UniPC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uniform (original)</source>
        <translation>Gleichmäßig (Original)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karras</source>
        <translation>Karras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential (log-SNR)</source>
        <translation>Exponentiell (log-SNR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailing</source>
        <translation>Trailing</translation>
    </message>
    <message>
        <location filename="../ui/sampling/sampling_panel.cpp" line="+56"/>
        <source>DDIM eta: 0 is deterministic, 1 matches DDPM&apos;s noise</source>
        <translation>DDIM-Eta: 0 ist deterministisch, 1 entspricht dem Rauschen von DDPM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Respaced sampling steps</source>
        <translation>Sampling-Schritte nach Respacing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or e.g. ddim25, 10,20,30</source>
        <translation>oder ddim25, 10,20,30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any original --timestep_respacing string; overrides the step count</source>
        <translation>Beliebiger --timestep_respacing-Wert des Originals; ersetzt die Schrittzahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image i of a run uses the noise streams of (seed, i)</source>
        <translation>Bild i eines Laufs nutzt die Rauschströme von (Seed, i)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new random seed</source>
        <translation>Einen neuen zufälligen Seed ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this seed for the next runs (otherwise each run draws a new one)</source>
        <translation>Diesen Seed für die nächsten Läufe behalten (sonst zieht jeder Lauf einen neuen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip x0 to [-1, 1]</source>
        <extracomment>x0: the network&apos;s prediction of the clean image; keep &quot;x0&quot; (translations/GLOSSARY.md).</extracomment>
        <translation>x0 auf [-1, 1] begrenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto (when guiding)</source>
        <translation>Auto (mit Guidance)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic thresholding of the x0 prediction</source>
        <translation>Dynamisches Thresholding der x0-Vorhersage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>float16 runs the network&apos;s torso in half precision (CUDA only)</source>
        <translation>float16 rechnet den Rumpf des Netzes in halber Genauigkeit (nur CUDA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the preview every N steps (every step is still recorded)</source>
        <translation>Vorschau alle N Schritte aktualisieren (jeder Schritt wird trotzdem aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>Generate (Ctrl+Return)</source>
        <translation>Erzeugen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Sampler / eta:</source>
        <translation>&amp;Sampler / Eta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;teps:</source>
        <extracomment>Steps: how many (respaced) timesteps the sampler takes (translations/GLOSSARY.md).</extracomment>
        <translation>Sc&amp;hritte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sc&amp;hedule:</source>
        <extracomment>Schedule: which noise levels a run&apos;s steps visit (uniform, Karras, ...).</extracomment>
        <translation>Zeit&amp;plan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guidance:</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off.</extracomment>
        <translation>&amp;Guidance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed:</source>
        <extracomment>Seed: the number a run&apos;s random noise is drawn from.</extracomment>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batch-Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thresholding:</source>
        <translation>&amp;Thresholding:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device:</source>
        <translation>Ge&amp;rät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision:</source>
        <translation>Gena&amp;uigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview e&amp;very:</source>
        <translation>&amp;Vorschau alle:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance scale</source>
        <translation>Guidance-Stärke</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unconditional model)</source>
        <translation>(unbedingtes Modell)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This model is unconditional: guidance needs a class-conditional model</source>
        <translation>Dieses Modell ist unbedingt: Guidance braucht ein klassenbedingtes Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classifier-free guidance scale (1 = off)</source>
        <translation>Stärke der Classifier-free Guidance (1 = aus)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 steps: this model has %2 diffusion steps, so at most %2.</source>
        <extracomment>%1 the step count typed, %2 the model&apos;s diffusion steps.</extracomment>
        <translation>%1 Schritte: dieses Modell hat %2 Diffusionsschritte, also höchstens %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps &quot;%1&quot; cannot be used: %2</source>
        <extracomment>%1 the respacing text typed, %2 why it cannot be used (from the sampler).</extracomment>
        <translation>Schritte „%1“ sind nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>%1 (passes/step: %2)</source>
        <extracomment>A sampler box entry: the solver&apos;s name and its network passes per step.</extracomment>
        <translation>%1 (Durchläufe/Schritt: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver; guidance doubles every pass&apos;s batch</source>
        <translation>Solver; Guidance verdoppelt den Batch jedes Durchlaufs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which noise levels the steps visit; DDPM and DDIM use the original&apos;s (uniform)</source>
        <translation>Welche Rauschstufen die Schritte besuchen; DDPM und DDIM nutzen die des Originals (gleichmäßig)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SamplingWorker</name>
    <message>
        <location filename="../ui/worker/sampling_worker.cpp" line="+93"/>
        <source>The mask is %1×%2, the input image %3×%4: paint the mask again.</source>
        <translation>Die Maske ist %1×%2, das Eingabebild %3×%4: die Maske neu malen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Out of memory on %1: lower the batch size, use fewer steps per split, or sample on another device.</source>
        <translation>Kein Speicher mehr auf %1: die Batch-Größe senken, weniger Schritte je Teilmodell verwenden oder auf einem anderen Gerät samplen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No checkpoint given.</source>
        <translation>Kein Checkpoint angegeben.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No model is loaded: choose a checkpoint in the Models panel.</source>
        <translation>Kein Modell geladen: einen Checkpoint im Bereich Modelle wählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+156"/>
        <source>Device %1: this LibTorch build has no usable CUDA device.</source>
        <translation>Gerät %1: Dieser LibTorch-Build hat kein nutzbares CUDA-Gerät.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The batch size must be positive.</source>
        <translation>Die Batch-Größe muss positiv sein.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>seed %1 #%2</source>
        <extracomment>Caption under a sample: %1 the seed, %2 the image&apos;s index in the run.</extracomment>
        <translation>Seed %1 #%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recorded x_t does not fit this model: branch with a checkpoint of the same image size.</source>
        <translation>Das aufgezeichnete x_t passt nicht zu diesem Modell: mit einem Checkpoint derselben Bildgröße abzweigen.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The bundled feature network (emoji64_features.pt) was not found: reinstall patchdiff or set PATCHDIFF_SCORE_DIR to its folder.</source>
        <translation>Das mitgelieferte Feature-Netz (emoji64_features.pt) wurde nicht gefunden: patchdiff neu installieren oder PATCHDIFF_SCORE_DIR auf seinen Ordner setzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring measures images against the data set the feature network describes; its features are computed once, then cached. Choose that data folder (Data Folder…: the one with train/ and heldout/, as `patchdiff data emoji DIR` writes it).</source>
        <translation>Die Bewertung misst Bilder an dem Datensatz, den das Feature-Netz beschreibt; die Features des Datensatzes werden einmal berechnet und dann gecacht. Diesen Datenordner wählen (Datenordner…: der mit train/ und heldout/, wie `patchdiff data emoji DIR` ihn schreibt).</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SplitsEditor</name>
    <message>
        <location filename="../ui/models/splits_editor.cpp" line="+23"/>
        <source>SNR splits</source>
        <extracomment>SNR splits: several checkpoints, each denoising one band of signal-to-noise ratios (translations/GLOSSARY.md).</extracomment>
        <translation>SNR-Aufteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several checkpoints, each denoising one SNR band; highest SNR (least noise) first</source>
        <translation>Mehrere Checkpoints, jeder entrauscht ein SNR-Band; höchstes SNR (am wenigsten Rauschen) zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split checkpoints, highest SNR first</source>
        <translation>Checkpoints der Aufteilung, höchstes SNR zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkpoint to add</source>
        <translation>Hinzuzufügender Checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 0.25 (one fewer than checkpoints)</source>
        <translation>z. B. 0.25 (eine weniger als Checkpoints)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNR boundaries</source>
        <translation>SNR-Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where sampling switches checkpoint: the signal-to-noise ratio at which one checkpoint hands over to the next, high to low (SNR falls as noise grows)</source>
        <translation>Wo das Sampling den Checkpoint wechselt: das Signal-Rausch-Verhältnis, bei dem ein Checkpoint an den nächsten übergibt, von hoch nach niedrig (das SNR fällt mit wachsendem Rauschen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use these splits</source>
        <translation>Diese Aufteilung verwenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Boundaries:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Add checkpoints, highest SNR first.</source>
        <translation>Checkpoints hinzufügen, höchstes SNR zuerst.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n checkpoint(s) need %1 boundaries: a boundary is the SNR at which one checkpoint hands over to the next (e.g. 0.25 between two).</source>
        <extracomment>%n checkpoints in the list, %1 the boundaries they need.</extracomment>
        <translation>
            <numerusform>%n Checkpoint braucht %1 Grenzen: Eine Grenze ist das SNR, bei dem ein Checkpoint an den nächsten übergibt (z. B. 0.25 zwischen zweien).</numerusform>
            <numerusform>%n Checkpoints brauchen %1 Grenzen: Eine Grenze ist das SNR, bei dem ein Checkpoint an den nächsten übergibt (z. B. 0.25 zwischen zweien).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is %2 px but %3 is %4 px: split models need one image size.</source>
        <translation>%1 hat %2 px, aber %3 hat %4 px: Teilmodelle brauchen eine gemeinsame Bildgröße.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses the %2 schedule but %3 uses %4: split models need one schedule.</source>
        <translation>%1 nutzt den Zeitplan %2, aber %3 nutzt %4: Teilmodelle brauchen einen gemeinsamen Zeitplan.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n checkpoint(s), ready.</source>
        <translation>
            <numerusform>%n Checkpoint, bereit.</numerusform>
            <numerusform>%n Checkpoints, bereit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::TimelineBar</name>
    <message>
        <location filename="../ui/inspect/timeline_bar.cpp" line="+21"/>
        <source>Play or pause the trajectory</source>
        <translation>Trajektorie abspielen oder anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play trajectory</source>
        <translation>Trajektorie abspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step of the trajectory shown on the canvas (1 = noisiest)</source>
        <translation>Auf der Fläche gezeigter Schritt der Trajektorie (1 = am stärksten verrauscht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step 0000 / 0000</source>
        <translation>Schritt 0000 / 0000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue from here…</source>
        <translation>Von hier fortsetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new run from this step&apos;s x_t with changed settings</source>
        <translation>Einen neuen Lauf ab dem x_t dieses Schritts mit geänderten Einstellungen starten</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::TrajectoryStore</name>
    <message>
        <location filename="../ui/inspect/trajectory_store.cpp" line="+139"/>
        <source>Trajectory of run %1 dropped to stay within the %2 memory budget</source>
        <translation>Trajektorie von Lauf %1 verworfen, um im Speicherbudget von %2 zu bleiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording 1 step in %1 plus the first and last: the whole trajectory (%2) exceeds the %3 memory budget.</source>
        <translation>Aufgezeichnet wird 1 Schritt von %1 sowie der erste und letzte: Die ganze Trajektorie (%2) überschreitet das Speicherbudget von %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No float x_t kept: branches continue from 8-bit x_t (approximate).</source>
        <translation>Kein float-x_t behalten: Abzweige setzen ab 8-Bit-x_t fort (angenähert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Float x_t (exact branching) kept for 1 step in %1 of %2.</source>
        <translation>Float-x_t (exaktes Abzweigen) für 1 von %1 der %2 Schritte behalten.</translation>
    </message>
</context>
</TS>
