<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutNotices</name>
    <message>
        <location filename="../ui/window/about_notices.cpp" line="+18"/>
        <source>&lt;p&gt;Free software under the %1 license, with no warranty.&lt;/p&gt;&lt;p&gt;Third-party libraries:&lt;/p&gt;</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>&lt;p&gt;Logiciel libre sous licence %1, sans aucune garantie.&lt;/p&gt;&lt;p&gt;Bibliothèques tierces :&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../ui/inspect/plot_panel.cpp" line="+67"/>
        <source>Could not write %1: the folder is not writable or the disk is full.</source>
        <translation>Impossible d’écrire %1 : le dossier n’est pas accessible en écriture ou le disque est plein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/inspect/trajectory_store.cpp" line="+29"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
</context>
<context>
    <name>RunAutosave</name>
    <message>
        <location filename="../ui/export/run_autosave.cpp" line="+115"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 exists already</source>
        <translation>%1 existe déjà</translation>
    </message>
</context>
<context>
    <name>SampleExporter</name>
    <message>
        <location filename="../ui/export/sample_exporter.cpp" line="+62"/>
        <source>There are no images to export.</source>
        <translation>Il n’y a aucune image à exporter.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 has no &apos;patchdiff&apos; run description (only PNGs written by the studio or `patchdiff sample` can be restored).</source>
        <translation>%1 ne contient pas de description d’exécution « patchdiff » (seuls les PNG écrits par le studio ou par `patchdiff sample` peuvent être restaurés).</translation>
    </message>
</context>
<context>
    <name>StudioApp</name>
    <message>
        <location filename="../ui/window/studio_app.cpp" line="+48"/>
        <source>Sample patch diffusion models with a live step-by-step preview.</source>
        <translation>Échantillonner des modèles de diffusion par patchs avec un aperçu en direct de chaque étape.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and the bundled models&apos; folder, and exit.</source>
        <translation>Afficher la version et le dossier des modèles fournis, puis quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a window of its own instead of handing the files to the studio that is already running.</source>
        <translation>Ouvrir une fenêtre à part au lieu de transmettre les fichiers au studio déjà lancé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checkpoints (.pt, .safetensors) to load or samples (.png) to restore.</source>
        <translation>Checkpoints (.pt, .safetensors) à charger ou échantillons (.png) à restaurer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>License: %1, with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>Licence : %1, sans aucune garantie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third-party libraries:</source>
        <translation>Bibliothèques tierces :</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none found (set PATCHDIFF_MODELS_DIR)</source>
        <translation>aucun trouvé (définir PATCHDIFF_MODELS_DIR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bundled models: %1</source>
        <translation>modèles fournis : %1</translation>
    </message>
</context>
<context>
    <name>TrajectoryExporter</name>
    <message>
        <location filename="../ui/export/trajectory_exporter.cpp" line="+85"/>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>The run on view has no recorded trajectory to export.</source>
        <translation>L’exécution affichée n’a pas de trajectoire enregistrée à exporter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 is not part of this run.</source>
        <translation>L’image %1 ne fait pas partie de cette exécution.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../core/diffusion/respacing.cpp" line="+38"/>
        <source>timestep_respacing &apos;%1&apos;: expected &apos;ddimN&apos; with N a whole number of steps, e.g. &apos;ddim50&apos;</source>
        <translation>timestep_respacing &apos;%1&apos; : &apos;ddimN&apos; attendu, N étant un nombre entier d’étapes, p. ex. &apos;ddim50&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timestep_respacing &apos;%1&apos;: no integer stride gives exactly %2 of the %3 steps (the nearest possible counts are%4; or use a plain count such as &apos;%2&apos;)</source>
        <translation>timestep_respacing &apos;%1&apos; : aucun intervalle entier ne donne exactement %2 des %3 étapes (les nombres possibles les plus proches sont%4 ; ou utiliser un simple nombre comme &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>diffusion_steps must be at least 1, got %1</source>
        <translation>diffusion_steps doit valoir au moins 1, reçu %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>timestep_respacing &apos;%1&apos;: &apos;%2&apos; is not a whole number; expected &apos;&apos; (all %3 steps), a comma list of step counts per section such as &apos;10,20,30&apos;, or &apos;ddimN&apos;</source>
        <translation>timestep_respacing &apos;%1&apos; : &apos;%2&apos; n’est pas un nombre entier ; attendu : &apos;&apos; (les %3 étapes), une liste de nombres d’étapes par section séparés par des virgules comme &apos;10,20,30&apos;, ou &apos;ddimN&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>timestep_respacing &apos;%1&apos;: step counts must be at least 1, got %2</source>
        <translation>timestep_respacing &apos;%1&apos; : les nombres d’étapes doivent valoir au moins 1, reçu %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>timestep_respacing &apos;%1&apos;: %2 sections cannot divide %3 steps</source>
        <translation>timestep_respacing &apos;%1&apos; : impossible de répartir %3 étapes en %2 sections</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>timestep_respacing &apos;%1&apos;: section %2 of %3 has %4 steps and cannot give %5 (at most %4)</source>
        <translation>timestep_respacing &apos;%1&apos; : la section %2 sur %3 a %4 étapes et ne peut pas en donner %5 (au plus %4)</translation>
    </message>
    <message>
        <location filename="../core/diffusion/snr_splits.cpp" line="+38"/>
        <source>snr_splits &apos;%1&apos;: &apos;%2&apos; is not a number; expected SNR values from high to low separated by commas, e.g. &apos;0.25&apos; or &apos;1.0,0.25&apos;</source>
        <translation>snr_splits &apos;%1&apos; : &apos;%2&apos; n’est pas un nombre ; attendu : des valeurs de SNR de la plus haute à la plus basse, séparées par des virgules, p. ex. &apos;0.25&apos; ou &apos;1.0,0.25&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 SNR split(s) need %2 models (one per band, high SNR first), got %3; give that many comma-separated model paths or change --snr_splits</source>
        <translation>%1 valeur(s) de découpage SNR demandent %2 modèles (un par bande, SNR élevé d’abord), reçu %3 ; indiquer autant de chemins de modèles séparés par des virgules ou modifier --snr_splits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SNR split %1 is %2; splits must be positive</source>
        <translation>la valeur de découpage SNR %1 vaut %2 ; les valeurs de découpage doivent être positives</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SNR split %1 (%2) must be below 1e9: list the splits from high SNR to low</source>
        <translation>la valeur de découpage SNR %1 (%2) doit être inférieure à 1e9 : lister les valeurs du SNR le plus élevé au plus bas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNR split %1 (%2) must be below the previous split (%3): list the splits from high SNR to low</source>
        <translation>la valeur de découpage SNR %1 (%2) doit être inférieure à la précédente (%3) : lister les valeurs du SNR le plus élevé au plus bas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no SNR split band holds SNR %1 (bands run from 1e9 to 0)</source>
        <translation>aucune bande du découpage SNR ne contient le SNR %1 (les bandes vont de 1e9 à 0)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>uniform_split_%1: there are %2 SNR bands (uniform_split_0 to uniform_split_%3)</source>
        <translation>uniform_split_%1 : il y a %2 bandes de SNR (uniform_split_0 à uniform_split_%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>uniform_split_%1: no timestep has an SNR in [%2, %3)</source>
        <translation>uniform_split_%1 : aucun pas de temps n’a un SNR dans [%2, %3)</translation>
    </message>
    <message>
        <location filename="../core/inspect/compare.cpp" line="+51"/>
        <source>--vary eta: %1 is negative (eta &gt;= 0)</source>
        <translation>--vary eta : %1 est négatif (eta &gt;= 0)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vary timestep_respacing: an empty value</source>
        <translation>--vary timestep_respacing : valeur vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vary strength: %1 is outside (0, 1]</source>
        <translation>--vary strength : %1 est hors de (0, 1]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checkpoints of different image size: &apos;%1&apos; makes %2x%2 images, &apos;%3&apos; %4x%4; compared columns share x_T, so they need one image size</source>
        <translation>checkpoints de tailles d’image différentes : &apos;%1&apos; produit des images de %2x%2, &apos;%3&apos; de %4x%4 ; les colonnes comparées partagent x_T et doivent donc avoir une même taille d’image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>checkpoints with different classes: &apos;%1&apos; has %2 classes, &apos;%3&apos; %4 (0 = unconditional); compared columns share their class labels</source>
        <translation>checkpoints aux classes différentes : &apos;%1&apos; a %2 classes, &apos;%3&apos; %4 (0 = non conditionnel) ; les colonnes comparées partagent leurs étiquettes de classe</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--vary: unknown setting &apos;%1&apos; (settings that can vary: guidance_scale, timestep_respacing (or steps), sampler, schedule, eta; compare checkpoints with --model_path a.pt,b.pt)</source>
        <translation>--vary : réglage inconnu &apos;%1&apos; (réglages qui peuvent varier : guidance_scale, timestep_respacing (ou steps), sampler, schedule, eta ; comparer des checkpoints avec --model_path a.pt,b.pt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--vary &apos;%1&apos;: expected setting=v1,v2,... (e.g. guidance_scale=1,1.5,3)</source>
        <translation>--vary &apos;%1&apos; : réglage=v1,v2,... attendu (p. ex. guidance_scale=1,1.5,3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>--vary %1: %2 value(s) given, compare needs %3 to %4</source>
        <translation>--vary %1 : %2 valeur(s) indiquée(s), compare en demande de %3 à %4</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>compare needs %1 to %2 checkpoints (--model_path a.pt,b.pt,...), got %3; to compare settings of one checkpoint use --vary setting=v1,v2</source>
        <translation>compare demande de %1 à %2 checkpoints (--model_path a.pt,b.pt,...), reçu %3 ; pour comparer des réglages d’un même checkpoint, utiliser --vary réglage=v1,v2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compare: values given, but no setting varies</source>
        <translation>compare : des valeurs sont indiquées, mais aucun réglage ne varie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--vary %1 compares one checkpoint, got %2 (give several checkpoints without --vary)</source>
        <translation>--vary %1 compare un seul checkpoint, reçu %2 (indiquer plusieurs checkpoints sans --vary)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--num_samples and --batch_size must be positive</source>
        <translation>--num_samples et --batch_size doivent être positifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the x0 preview interval must be 0 (none) or positive</source>
        <translation>l’intervalle d’aperçu x0 doit être 0 (aucun) ou positif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring needs at least 2 images per column and a positive batch size, got %1</source>
        <translation>l’évaluation demande au moins 2 images par colonne et une taille de lot positive, reçu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring measures images made from noise: it cannot score a comparison that starts from input images</source>
        <translation>l’évaluation mesure des images produites à partir du bruit : elle ne peut pas évaluer une comparaison qui part d’images d’entrée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--vary strength starts every column from an input image: give one (--init_image)</source>
        <translation>--vary strength fait partir chaque colonne d’une image d’entrée : en indiquer une (--init_image)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>class labels given, but the checkpoints are unconditional</source>
        <translation>étiquettes de classe indiquées, mais les checkpoints sont non conditionnels</translation>
    </message>
    <message>
        <location filename="../core/io/atomic_file.cpp" line="+25"/>
        <location filename="../core/io/npz.cpp" line="+70"/>
        <location line="+127"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/io/npz.cpp" line="-113"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the path does not name a file</source>
        <translation>le chemin ne désigne pas un fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create a temporary file in &apos;%1&apos;: %2</source>
        <translation>impossible de créer un fichier temporaire dans &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write failed</source>
        <translation>échec de l’écriture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fsync failed</source>
        <translation>échec de fsync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close failed</source>
        <translation>échec de la fermeture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename the temporary file over it</source>
        <translation>impossible de remplacer le fichier par le fichier temporaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read %1 &apos;%2&apos;: %3</source>
        <translation>impossible de lire %1 &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a symbolic link to a file that does not exist</source>
        <translation>c’est un lien symbolique vers un fichier inexistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is a directory, expected a file</source>
        <translation>c’est un dossier et non un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a named pipe, expected a file</source>
        <translation>c’est un tube nommé et non un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a socket, expected a file</source>
        <translation>c’est un socket et non un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a character device, expected a file</source>
        <translation>c’est un périphérique en mode caractère et non un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a block device, expected a file</source>
        <translation>c’est un périphérique en mode bloc et non un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file %1</source>
        <translation>le fichier %1</translation>
    </message>
    <message>
        <location filename="../core/io/image.cpp" line="+67"/>
        <source>cannot encode a %1x%2 image as PNG: too large</source>
        <translation>impossible d’encoder une image de %1x%2 en PNG : trop grande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot encode a %1x%2 image as PNG (out of memory?)</source>
        <translation>impossible d’encoder une image de %1x%2 en PNG (mémoire insuffisante ?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image &apos;%1&apos; is %2x%3 pixels: larger than this program reads (at most %4 a side and %5 M pixels); scale it down first</source>
        <translation>l’image &apos;%1&apos; fait %2x%3 pixels : plus que ce que ce programme lit (au plus %4 par côté et %5 M pixels) ; la réduire d’abord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot decode image &apos;%1&apos;: %2</source>
        <translation>impossible de décoder l’image &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data is empty</source>
        <translation>les données sont vides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file too large</source>
        <translation>fichier trop volumineux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (not a supported image format?)</source>
        <translation>%1 (format d’image non pris en charge ?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (corrupt or truncated?)</source>
        <translation>%1 (corrompue ou tronquée ?)</translation>
    </message>
    <message>
        <location filename="../core/io/image_folder.cpp" line="+54"/>
        <source>the folder &apos;%1&apos; holds a symbolic link loop: &apos;%2&apos; leads back to &apos;%3&apos;, which contains it; remove the link or point it elsewhere</source>
        <translation>le dossier &apos;%1&apos; contient une boucle de liens symboliques : &apos;%2&apos; ramène à &apos;%3&apos;, qui le contient ; supprimer le lien ou le faire pointer ailleurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot list the folder &apos;%1&apos;: %2</source>
        <translation>impossible de lister le dossier &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no data folder given (--data_dir)</source>
        <translation>aucun dossier de données indiqué (--data_dir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation>le dossier de données &apos;%1&apos; n’existe pas ou n’est pas un dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot decode the image &apos;%1&apos;: the file is larger than 2 GB</source>
        <translation>impossible de décoder l’image &apos;%1&apos; : le fichier dépasse 2 GB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot decode the image &apos;%1&apos;: %2 (corrupt, truncated or not an image)</source>
        <translation>impossible de décoder l’image &apos;%1&apos; : %2 (corrompue, tronquée ou pas une image)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--image_size must be positive</source>
        <translation>--image_size doit être positif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data folder &apos;%1&apos; holds no .jpg, .jpeg, .png or .gif files (searched recursively)</source>
        <translation>le dossier de données &apos;%1&apos; ne contient aucun fichier .jpg, .jpeg, .png ou .gif (recherche récursive)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>image folder shard index out of range</source>
        <translation>indice de fragment du dossier d’images hors limites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data folder &apos;%1&apos; holds %2 images, fewer than the %3 processes that each read their own share; add images or run fewer processes</source>
        <translation>le dossier de données &apos;%1&apos; contient %2 images, moins que les %3 processus qui en lisent chacun leur part ; ajouter des images ou lancer moins de processus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>class-conditional training (--class_cond True) takes the class from the file name before its first underscore, but &apos;%1&apos; has no such prefix; name files like 3_cat.png or cat_0001.png, or train with --class_cond False</source>
        <translation>l’entraînement conditionné par classe (--class_cond True) prend la classe dans le nom de fichier, avant son premier tiret bas, mais &apos;%1&apos; n’a pas ce préfixe ; nommer les fichiers comme 3_cat.png ou cat_0001.png, ou entraîner avec --class_cond False</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../core/score/image_set.cpp" line="+71"/>
        <location filename="../ui/export/sample_exporter.cpp" line="-3"/>
        <location line="+66"/>
        <source>image</source>
        <translation>l’image</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none of the %1 image files in &apos;%2&apos; can be decoded (all corrupt or not images)</source>
        <translation>aucun des %1 fichiers image de &apos;%2&apos; ne peut être décodé (tous corrompus ou pas des images)</translation>
    </message>
    <message>
        <location filename="../core/io/input_image.cpp" line="+20"/>
        <location filename="../ui/window/main_window_input.cpp" line="+70"/>
        <source>input image</source>
        <translation>l’image d’entrée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no images (.png, .jpg, .jpeg, .gif) in the folder &apos;%1&apos;</source>
        <translation>aucune image (.png, .jpg, .jpeg, .gif) dans le dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the input image &apos;%1&apos; does not exist</source>
        <translation>l’image d’entrée &apos;%1&apos; n’existe pas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mask</source>
        <translation>le masque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask &apos;%1&apos; is %2x%3, the input image %4x%5: a mask must have its image&apos;s size (white = regenerate)</source>
        <translation>le masque &apos;%1&apos; fait %2x%3, l’image d’entrée %4x%5 : un masque doit avoir la taille de son image (blanc = régénérer)</translation>
    </message>
    <message>
        <location filename="../core/io/memory_budget.cpp" line="+54"/>
        <source>would take %1, more than the %2 of memory this process can use</source>
        <translation>nécessiterait %1, plus que les %2 de mémoire utilisables par ce processus</translation>
    </message>
    <message>
        <location filename="../core/io/npy.cpp" line="+71"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid .npy file: malformed header (%2 at offset %3 of &quot;%4&quot;)</source>
        <translation>&apos;%1&apos; n’est pas un fichier .npy valide : en-tête mal formé (%2 à la position %3 de &quot;%4&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected end</source>
        <translation>fin inattendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dimension too large</source>
        <translation>dimension trop grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a non-negative integer</source>
        <translation>entier positif ou nul attendu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu dans la forme</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected value</source>
        <translation>valeur inattendue</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is not a valid .npy file: %2</source>
        <translation>&apos;%1&apos; n’est pas un fichier .npy valide : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is truncated inside its header</source>
        <translation>le fichier est tronqué dans son en-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not start with the .npy magic bytes %1</source>
        <translation>il ne commence pas par les octets magiques .npy %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported format version %1.%2 (expected 1.0, 2.0 or 3.0)</source>
        <translation>version de format %1.%2 non prise en charge (1.0, 2.0 ou 3.0 attendue)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header claims %1 bytes but the file is only %2 bytes long</source>
        <translation>l’en-tête annonce %1 octets mais le fichier ne fait que %2 octets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header lacks &apos;descr&apos;, &apos;fortran_order&apos; or &apos;shape&apos;: %1</source>
        <translation>il manque &apos;descr&apos;, &apos;fortran_order&apos; ou &apos;shape&apos; dans l’en-tête : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed &apos;fortran_order&apos; or &apos;shape&apos; in the header: %1</source>
        <translation>&apos;fortran_order&apos; ou &apos;shape&apos; mal formé dans l’en-tête : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unsupported dtype %1</source>
        <translation>dtype non pris en charge (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a structured dtype</source>
        <translation>un dtype structuré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported dtype &apos;%1&apos; (big-endian; save it little-endian, e.g. with arr.astype(&apos;&lt;%2&apos;))</source>
        <translation>dtype &apos;%1&apos; non pris en charge (big-endian ; l’enregistrer en little-endian, p. ex. avec arr.astype(&apos;&lt;%2&apos;))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported dtype &apos;%1&apos;</source>
        <translation>dtype &apos;%1&apos; non pris en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read &apos;%1&apos;: %2; supported: float16/32/64, uint8, int8/16/32/64, bool</source>
        <translation>impossible de lire &apos;%1&apos; : %2 ; pris en charge : float16/32/64, uint8, int8/16/32/64, bool</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read &apos;%1&apos;: the array is stored in Fortran order, which is not supported (save it with np.ascontiguousarray)</source>
        <translation>impossible de lire &apos;%1&apos; : le tableau est stocké dans l’ordre Fortran, non pris en charge (l’enregistrer avec np.ascontiguousarray)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the shape %1 is too large</source>
        <translation>la forme %1 est trop grande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read &apos;%1&apos;: dtype &apos;%2&apos; and shape %3 need %4 bytes of data but the file holds %5 (the file is truncated)</source>
        <translation>impossible de lire &apos;%1&apos; : le dtype &apos;%2&apos; et la forme %3 demandent %4 octets de données mais le fichier en contient %5 (le fichier est tronqué)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read &apos;%1&apos;: dtype &apos;%2&apos; and shape %3 need %4 bytes of data but the file holds %5 (trailing bytes)</source>
        <translation>impossible de lire &apos;%1&apos; : le dtype &apos;%2&apos; et la forme %3 demandent %4 octets de données mais le fichier en contient %5 (octets en trop à la fin)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>npy file</source>
        <translation>le fichier npy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save a %1 tensor as .npy; supported: float16/32/64, uint8, int8/16/32/64, bool</source>
        <translation>impossible d’enregistrer un tenseur %1 en .npy ; pris en charge : float16/32/64, uint8, int8/16/32/64, bool</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save a tensor as .npy: its shape is too long</source>
        <translation>impossible d’enregistrer un tenseur en .npy : sa forme a trop de dimensions</translation>
    </message>
    <message>
        <location filename="../core/io/npz.cpp" line="-53"/>
        <source>cannot write &apos;%1&apos;: an array has an empty name</source>
        <translation>impossible d’écrire &apos;%1&apos; : un tableau a un nom vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write &apos;%1&apos;: duplicate entry &apos;%2&apos;</source>
        <translation>impossible d’écrire &apos;%1&apos; : entrée &apos;%2&apos; en double</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write &apos;%1&apos; (array &apos;%2&apos;): %3</source>
        <translation>impossible d’écrire &apos;%1&apos; (tableau &apos;%2&apos;) : %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>entry &apos;%1&apos;</source>
        <translation>entrée &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>finishing the archive</source>
        <translation>finalisation de l’archive</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>short read</source>
        <translation>lecture incomplète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos; as a zip archive (.npz): %2</source>
        <translation>impossible de lire &apos;%1&apos; comme archive zip (.npz) : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 entries, uncompressed, %2: a zip bomb, or an archive too large to read on this machine</source>
        <translation>l’ensemble de ses %1 entrées, décompressé, %2 : une bombe zip, ou une archive trop grande pour être lue sur cette machine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry &apos;%1&apos;: %2</source>
        <translation>entrée &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry &apos;%1&apos; has no size</source>
        <translation>l’entrée &apos;%1&apos; n’a pas de taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; is encrypted</source>
        <translation>l’entrée &apos;%1&apos; est chiffrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; uses compression method %2 (np.savez stores, np.savez_compressed deflates; nothing else is read)</source>
        <translation>l’entrée &apos;%1&apos; utilise la méthode de compression %2 (np.savez stocke, np.savez_compressed compresse en deflate ; rien d’autre n’est lu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;%1&apos; claims %2 bytes, more than its data can hold</source>
        <translation>l’entrée &apos;%1&apos; annonce %2 octets, plus que ses données ne peuvent en contenir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry &apos;%1&apos; is truncated</source>
        <translation>l’entrée &apos;%1&apos; est tronquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;%1&apos; holds more than the %2 bytes its directory records: the archive is damaged</source>
        <translation>l’entrée &apos;%1&apos; contient plus que les %2 octets indiqués par le répertoire de l’archive : l’archive est endommagée</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>npz file</source>
        <translation>le fichier npz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read &apos;%1&apos;: this build has no libzip (reading .npz needs it; install libzip-dev and rebuild)</source>
        <translation>impossible de lire &apos;%1&apos; : cette version est compilée sans libzip (nécessaire pour lire les .npz ; installer libzip-dev et recompiler)</translation>
    </message>
    <message>
        <location filename="../core/io/png_text.cpp" line="+41"/>
        <source>malformed PNG data: %1</source>
        <translation>données PNG mal formées : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not start with the PNG signature</source>
        <translation>elles ne commencent pas par la signature PNG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>truncated at byte %1 (no IEND chunk)</source>
        <translation>tronquées à l’octet %1 (pas de chunk IEND)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chunk &apos;%1&apos; at byte %2 claims %3 bytes, past the end of the data (truncated?)</source>
        <translation>le chunk &apos;%1&apos; à l’octet %2 annonce %3 octets, au-delà de la fin des données (tronquées ?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRC mismatch in chunk &apos;%1&apos; at byte %2</source>
        <translation>CRC incorrect dans le chunk &apos;%1&apos; à l’octet %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; chunk at byte %2 has no keyword terminator</source>
        <translation>le chunk &apos;%1&apos; à l’octet %2 n’a pas de terminateur de mot-clé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>invalid PNG text key &apos;%1&apos; (1 to 79 bytes, no NUL)</source>
        <translation>clé de texte PNG &apos;%1&apos; invalide (1 à 79 octets, sans NUL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first chunk is &apos;%1&apos;, not IHDR</source>
        <translation>le premier chunk est &apos;%1&apos; et non IHDR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG text under &apos;%1&apos; is too long</source>
        <translation>le texte PNG sous &apos;%1&apos; est trop long</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;iTXt&apos; chunk &apos;%1&apos; is truncated</source>
        <translation>le chunk &apos;iTXt&apos; &apos;%1&apos; est tronqué</translation>
    </message>
    <message>
        <location filename="../core/io/stb_guard.cpp" line="+21"/>
        <source>cannot decode image &apos;%1&apos;: corrupt JPEG (%2)</source>
        <translation>impossible de décoder l’image &apos;%1&apos; : JPEG corrompu (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a segment of length %1</source>
        <translation>un segment de longueur %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>a Huffman table runs past its segment</source>
        <translation>une table de Huffman dépasse de son segment</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a Huffman table of %1 codes, at most 256</source>
        <translation>une table de Huffman de %1 codes, 256 au plus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot decode image &apos;%1&apos;: corrupt PNG (a chunk claims %2 bytes, the file holds %3 after it)</source>
        <translation>impossible de décoder l’image &apos;%1&apos; : PNG corrompu (un chunk annonce %2 octets, le fichier en contient %3 après lui)</translation>
    </message>
    <message>
        <location filename="../core/model/config_resolver.cpp" line="+53"/>
        <source>the weights do not look like a Patch Diffusion U-Net: &apos;%1&apos; is missing or has the wrong rank</source>
        <translation>les poids ne ressemblent pas à un U-Net Patch Diffusion : &apos;%1&apos; manque ou n’a pas le bon rang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>input_blocks.0.0.weight has %1 input channels, not 3*P*P for any patch size P</source>
        <translation>input_blocks.0.0.weight a %1 canaux d’entrée, ce qui n’est égal à 3*P*P pour aucune taille de patch P</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the weights do not look like a Patch Diffusion U-Net: %1 input blocks, %2 output blocks, %3 levels</source>
        <translation>les poids ne ressemblent pas à un U-Net Patch Diffusion : %1 blocs d’entrée, %2 blocs de sortie, %3 niveaux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights have no residual blocks per level (num_res_blocks 0 is not supported)</source>
        <translation>les poids n’ont aucun bloc résiduel par niveau (num_res_blocks 0 n’est pas pris en charge)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>--%1 %2 (from the user) contradicts the weights, which say %3</source>
        <translation>--%1 %2 (de l’utilisateur) contredit les poids, qui indiquent %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--%1 %2 (from the sidecar) contradicts the weights, which say %3</source>
        <translation>--%1 %2 (du fichier annexe) contredit les poids, qui indiquent %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>patch_size %1 (from the weights) does not divide image_size %2</source>
        <translation>patch_size %1 (des poids) ne divise pas image_size %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/model/model_config.cpp" line="+43"/>
        <source>patch_size %1 does not divide image_size %2</source>
        <translation>patch_size %1 ne divise pas image_size %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--model_mean_type must be xstart, eps or v, got &apos;%1&apos;</source>
        <translation>--model_mean_type doit valoir xstart, eps ou v, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rescale_timesteps True is not supported: the patched network takes the original integer timesteps</source>
        <translation>--rescale_timesteps True n’est pas pris en charge : le réseau à patchs prend les pas de temps entiers d’origine</translation>
    </message>
    <message>
        <location filename="../core/model/flag_suggest.cpp" line="+44"/>
        <source>unknown flag --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown flag --%1; did you mean --%2?</source>
        <translation>option inconnue --%1 ; vouliez-vous dire --%2 ?</translation>
    </message>
    <message>
        <location filename="../core/model/flags.cpp" line="+156"/>
        <source>--%1 expects a boolean (True/False), got &apos;%2&apos;</source>
        <translation>--%1 attend un booléen (True/False), reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 expects an integer, got &apos;%2&apos;</source>
        <translation>--%1 attend un entier, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 attend un nombre, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unterminated quote (%1) in &apos;%2&apos;</source>
        <translation>guillemet non fermé (%1) dans &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument &apos;%1&apos; (flags look like --name value)</source>
        <translation>argument inattendu &apos;%1&apos; (les options s’écrivent --nom valeur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 needs a value</source>
        <translation>--%1 demande une valeur</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="-14"/>
        <source>no default channel_mult for a patched resolution of %1 (image_size / patch_size); the original defines 256, 128, 64 and 32 only: give --channel_mult explicitly</source>
        <translation>pas de channel_mult par défaut pour une résolution patchée de %1 (image_size / patch_size) ; l’original ne définit que 256, 128, 64 et 32 : indiquer --channel_mult explicitement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>image_size must be positive, got %1</source>
        <translation>image_size doit être positif, reçu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch_size must be positive, got %1</source>
        <translation>patch_size doit être positif, reçu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>num_channels must be a positive even number, got %1</source>
        <translation>num_channels doit être un nombre pair positif, reçu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel_mult is empty (resolve it before building the network)</source>
        <translation>channel_mult est vide (le résoudre avant de construire le réseau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patched size %1 cannot be halved %2 times for %3 channel_mult levels</source>
        <translation>la taille patchée %1 ne peut pas être divisée par deux %2 fois pour %3 niveaux de channel_mult</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel_mult entry %1 gives level width %2, which GroupNorm(32) cannot split (a multiple of 32 is needed)</source>
        <translation>l’entrée %1 de channel_mult donne une largeur de niveau de %2, que GroupNorm(32) ne peut pas diviser (un multiple de 32 est nécessaire)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>num_res_blocks must be at least 1</source>
        <translation>num_res_blocks doit valoir au moins 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learn_sigma needs channel_mult[0] == 1 (the variance head concatenates two %1-channel tensors)</source>
        <translation>learn_sigma demande channel_mult[0] == 1 (la tête de variance concatène deux tenseurs de %1 canaux)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use_scale_shift_norm False is not supported: the original&apos;s time projection always has twice the width, so that path crashes there too</source>
        <translation>use_scale_shift_norm False n’est pas pris en charge : la projection temporelle de l’original a toujours une largeur double, si bien que ce chemin y plante aussi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>class_cond needs a positive class count</source>
        <translation>class_cond demande un nombre de classes positif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>num_heads must be positive</source>
        <translation>num_heads doit être positif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropout must be in [0, 1)</source>
        <translation>dropout doit être dans [0, 1)</translation>
    </message>
    <message>
        <location filename="../core/model/pickle_reader.cpp" line="+35"/>
        <source>is not a plain state_dict: %1 (a checkpoint must be a dict of tensors as torch.save writes it; loading never runs code from the file)</source>
        <translation>n’est pas un simple state_dict : %1 (un checkpoint doit être un dict de tenseurs tel que l’écrit torch.save ; le chargement n’exécute jamais de code venant du fichier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a malformed data.pkl: %1 at byte %2 (the file may be damaged or not written by torch.save)</source>
        <translation>a un data.pkl mal formé : %1 à l’octet %2 (le fichier est peut-être endommagé ou non écrit par torch.save)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pickle ends early while reading %1</source>
        <translation>le pickle se termine prématurément en lisant %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+8"/>
        <source>the pickle stack is empty</source>
        <translation>la pile du pickle est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an opcode needs a MARK that is not there</source>
        <translation>un opcode demande un MARK absent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>memo entry %1 is read before it is written</source>
        <translation>l’entrée de mémo %1 est lue avant d’être écrite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it refers to the Python global &apos;%1&apos;, which is not on the allow-list (%2)</source>
        <translation>il fait référence à l’objet global Python &apos;%1&apos;, absent de la liste autorisée (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2, expected an int</source>
        <translation>%1 est %2, int attendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>it calls %1, which a state_dict never does</source>
        <translation>il appelle %1, ce que ne fait jamais un state_dict</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the arguments of %1 are %2</source>
        <translation>les arguments de %1 sont %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it calls collections.OrderedDict with arguments</source>
        <translation>il appelle collections.OrderedDict avec des arguments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>torch._utils._rebuild_parameter expects (tensor, bool, hooks)</source>
        <translation>torch._utils._rebuild_parameter attend (tensor, bool, hooks)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>torch._utils._rebuild_tensor_v2 has %1 arguments, expected 6 or 7</source>
        <translation>torch._utils._rebuild_tensor_v2 a %1 arguments, 6 ou 7 attendus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor&apos;s storage is %1</source>
        <translation>le stockage d’un tenseur est %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor&apos;s storage offset</source>
        <translation>le décalage de stockage d’un tenseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tensor&apos;s size and stride are not two tuples of the same length</source>
        <translation>la taille et le stride d’un tenseur ne sont pas deux tuples de même longueur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor size</source>
        <translation>une taille de tenseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tensor stride</source>
        <translation>un stride de tenseur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a tensor has a negative or overflowing size, stride or offset</source>
        <translation>un tenseur a une taille, un stride ou un décalage négatif ou qui déborde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tensor view needs %1 elements of storage &apos;%2&apos;, which declares %3</source>
        <translation>une vue de tenseur demande %1 éléments du stockage &apos;%2&apos;, qui en déclare %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it sets the state of %1 from %2</source>
        <translation>il applique à %1 un état donné par %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a persistent id is not (&apos;storage&apos;, type, key, location, numel)</source>
        <translation>un identifiant persistant n’est pas (&apos;storage&apos;, type, key, location, numel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a persistent id names %1, expected a storage type</source>
        <translation>un identifiant persistant nomme %1, un type de stockage attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>storage &apos;%1&apos; declares %2 elements</source>
        <translation>le stockage &apos;%1&apos; déclare %2 éléments</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an opcode (no STOP)</source>
        <translation>un opcode (pas de STOP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol</source>
        <translation>le protocole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown pickle protocol %1</source>
        <translation>protocole pickle %1 inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a FRAME length</source>
        <translation>une longueur de FRAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pickle is empty at STOP</source>
        <translation>le pickle est vide au STOP</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a string length</source>
        <translation>une longueur de chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pickle ends early inside a string</source>
        <translation>le pickle se termine prématurément dans une chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+2"/>
        <location line="+123"/>
        <source>an int</source>
        <translation>un int</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>a LONG1 length</source>
        <translation>une longueur de LONG1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer of %1 bytes</source>
        <translation>un entier de %1 octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a LONG1 value</source>
        <translation>une valeur LONG1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>a float</source>
        <translation>un float</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>a memo index</source>
        <translation>un indice de mémo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a global&apos;s module</source>
        <translation>le module d’un objet global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a global&apos;s name</source>
        <translation>le nom d’un objet global</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STACK_GLOBAL needs two strings</source>
        <translation>STACK_GLOBAL demande deux chaînes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it sets items on %1</source>
        <translation>il affecte des entrées à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SETITEMS has an odd number of values</source>
        <translation>SETITEMS a un nombre impair de valeurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it appends to %1</source>
        <translation>il ajoute des éléments à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it builds a Python object (pickle opcode %1)</source>
        <translation>il construit un objet Python (opcode pickle %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported pickle opcode %1</source>
        <translation>opcode pickle %1 non pris en charge</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tensors of dtype %1 cannot be stored in a checkpoint here (expected a float, integer or bool dtype)</source>
        <translation>les tenseurs de dtype %1 ne peuvent pas être stockés ici dans un checkpoint (dtype flottant, entier ou bool attendu)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a bool</source>
        <translation>un bool</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tuple</source>
        <translation>un tuple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an OrderedDict</source>
        <translation>un OrderedDict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dict</source>
        <translation>un dict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the global %1</source>
        <translation>l’objet global %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a storage</source>
        <translation>un stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tensor</source>
        <translation>un tenseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown value</source>
        <translation>une valeur inconnue</translation>
    </message>
    <message>
        <location filename="../core/model/safetensors.cpp" line="+65"/>
        <source>safetensors file &apos;%1&apos; %2</source>
        <translation>le fichier safetensors &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tensor &apos;%1&apos;: %2 %3 is not a non-negative integer</source>
        <translation>a un tenseur &apos;%1&apos; dont %2 %3 n’est pas un entier positif ou nul</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be read on a big-endian machine</source>
        <translation>ne peut pas être lu sur une machine big-endian</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+183"/>
        <source>is %1 bytes, too short for the 8-byte header length</source>
        <translation>fait %1 octets, trop peu pour la longueur d’en-tête de 8 octets</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>declares a header of %1 bytes, above the %2-byte limit: the file is damaged or not safetensors</source>
        <translation>déclare un en-tête de %1 octets, au-delà de la limite de %2 octets : le fichier est endommagé ou n’est pas au format safetensors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declares a header of %1 bytes, but only %2 follow: the file is truncated or not safetensors</source>
        <translation>déclare un en-tête de %1 octets, mais seuls %2 suivent : le fichier est tronqué ou n’est pas au format safetensors</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a header that is not a JSON object (it must start with &apos;{&apos;)</source>
        <translation>a un en-tête qui n’est pas un objet JSON (il doit commencer par &apos;{&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>names &apos;%1&apos; twice in its header</source>
        <translation>nomme &apos;%1&apos; deux fois dans son en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a header that is not valid JSON: %1</source>
        <translation>a un en-tête qui n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a header that is not a JSON object</source>
        <translation>a un en-tête qui n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a __metadata__ that is not an object of strings</source>
        <translation>a un __metadata__ qui n’est pas un objet de chaînes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has __metadata__ &apos;%1&apos; = %2: metadata values must be strings</source>
        <translation>a __metadata__ &apos;%1&apos; = %2 : les valeurs de métadonnées doivent être des chaînes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tensor &apos;%1&apos; is not an object with dtype, shape and data_offsets</source>
        <translation>a un tenseur &apos;%1&apos; qui n’est pas un objet avec dtype, shape et data_offsets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos; has dtype %2, which is not supported (supported: %3)</source>
        <translation>a un tenseur &apos;%1&apos; de dtype %2, non pris en charge (pris en charge : %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tensor &apos;%1&apos;: shape is not a list</source>
        <translation>a un tenseur &apos;%1&apos; dont shape n’est pas une liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shape entry</source>
        <translation>l’entrée de shape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has a shape %2 too large for any file</source>
        <translation>a un tenseur &apos;%1&apos; dont la forme %2 est trop grande pour tout fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor &apos;%1&apos;: data_offsets is not a [begin, end] pair</source>
        <translation>a un tenseur &apos;%1&apos; dont data_offsets n’est pas une paire [begin, end]</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>data offset</source>
        <translation>le décalage de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has data_offsets %2 that end before they begin</source>
        <translation>a un tenseur &apos;%1&apos; dont les data_offsets %2 finissent avant de commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensor &apos;%1&apos; has data_offsets %2 past the end of the data (%3 bytes): the file is truncated or damaged</source>
        <translation>a un tenseur &apos;%1&apos; dont les data_offsets %2 dépassent la fin des données (%3 octets) : le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tensor &apos;%1&apos; of shape %2 and dtype %3 needs too many bytes, but its data_offsets %4 span %5</source>
        <translation>a un tenseur &apos;%1&apos; de forme %2 et de dtype %3 qui demande trop d’octets, alors que ses data_offsets %4 en couvrent %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensor &apos;%1&apos; of shape %2 and dtype %3 needs %4 bytes, but its data_offsets %5 span %6</source>
        <translation>a un tenseur &apos;%1&apos; de forme %2 et de dtype %3 qui demande %4 octets, mais ses data_offsets %5 en couvrent %6</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>has overlapping data: tensor &apos;%1&apos; [%2, %3) and tensor &apos;%4&apos; [%5, %6)</source>
        <translation>a des données qui se chevauchent : tenseur &apos;%1&apos; [%2, %3) et tenseur &apos;%4&apos; [%5, %6)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/model/state_dict.cpp" line="+104"/>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be mapped into memory: %1</source>
        <translation>ne peut pas être projeté en mémoire : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/model/state_dict.cpp" line="+2"/>
        <source>cannot be opened for reading</source>
        <translation>ne peut pas être ouvert en lecture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read to the end of its header</source>
        <translation>n’a pas pu être lu jusqu’à la fin de son en-tête</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tensors of dtype %1 cannot be stored in safetensors here (supported: %2)</source>
        <translation>les tenseurs de dtype %1 ne peuvent pas être stockés ici en safetensors (pris en charge : %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>safetensors cannot be written on a big-endian machine</source>
        <translation>impossible d’écrire du safetensors sur une machine big-endian</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tensor cannot be named &apos;__metadata__&apos; in safetensors</source>
        <translation>un tenseur ne peut pas s’appeler &apos;__metadata__&apos; en safetensors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;%1&apos; holds an undefined tensor</source>
        <translation>la clé &apos;%1&apos; contient un tenseur non défini</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>impossible d’enregistrer &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location filename="../core/model/sidecar.cpp" line="+33"/>
        <source>cannot read the sidecar file &apos;%1&apos;</source>
        <translation>impossible de lire le fichier annexe &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unsupported flag value %1</source>
        <translation>valeur d’option %1 non prise en charge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; doit être une chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;flags&apos; must be an object</source>
        <translation>&apos;flags&apos; doit être un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown flag &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;class_names&apos; must be a list</source>
        <translation>&apos;class_names&apos; doit être une liste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sidecar file &apos;%1&apos; is not valid JSON: %2</source>
        <translation>le fichier annexe &apos;%1&apos; n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sidecar file &apos;%1&apos;: %2</source>
        <translation>le fichier annexe &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the metadata &apos;%1&apos; of &apos;%2&apos; is not valid JSON</source>
        <translation>la métadonnée &apos;%1&apos; de &apos;%2&apos; n’est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../core/model/state_dict.cpp" line="-57"/>
        <source>the state_dict has no key &apos;%1&apos; (it has %2 keys)</source>
        <translation>le state_dict n’a pas de clé &apos;%1&apos; (il a %2 clés)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../core/model/torch_archive.cpp" line="+24"/>
        <source>checkpoint &apos;%1&apos; %2</source>
        <translation>le checkpoint &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist (expected a .pt file written by torch.save, or a .safetensors file)</source>
        <translation>n’existe pas (fichier .pt écrit par torch.save ou fichier .safetensors attendu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory, expected a .pt file written by torch.save or a .safetensors file</source>
        <translation>est un dossier ; fichier .pt écrit par torch.save ou fichier .safetensors attendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is empty, expected a zip archive written by torch.save</source>
        <translation>est vide ; archive zip écrite par torch.save attendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a zip archive, expected a checkpoint written by torch.save (PyTorch 1.6 or later); it looks like the legacy torch.save format: re-save it with a recent PyTorch</source>
        <translation>n’est pas une archive zip ; checkpoint écrit par torch.save (PyTorch 1.6 ou ultérieur) attendu ; il semble être à l’ancien format de torch.save : le réenregistrer avec un PyTorch récent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a zip archive, expected a checkpoint written by torch.save (PyTorch 1.6 or later)</source>
        <translation>n’est pas une archive zip ; checkpoint écrit par torch.save (PyTorch 1.6 ou ultérieur) attendu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a plain state_dict: its top level holds %1, expected a dict of tensors</source>
        <translation>n’est pas un simple state_dict : son niveau supérieur contient %1, un dict de tenseurs attendu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is a single state_dict: leave the entry empty</source>
        <translation>c’est un state_dict unique : laisser l’entrée vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available: %1</source>
        <translation>disponibles : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no entry &apos;%1&apos; (%2)</source>
        <translation>n’a pas d’entrée &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; holds %2, expected a state_dict (%3)</source>
        <translation>a une entrée &apos;%1&apos; qui contient %2, un state_dict attendu (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>holds several state_dicts (%1): choose one by name</source>
        <translation>contient plusieurs state_dicts (%1) : en choisir un par son nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing the record &apos;%1&apos; that key &apos;%2&apos; points at</source>
        <translation>n’a pas l’enregistrement &apos;%1&apos; vers lequel pointe la clé &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a record &apos;%1&apos; of %2 bytes, shorter than the %3 bytes (%4 %5 elements) that key &apos;%6&apos; needs: the file is damaged</source>
        <translation>a un enregistrement &apos;%1&apos; de %2 octets, plus court que les %3 octets (%4 éléments %5) dont la clé &apos;%6&apos; a besoin : le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holds an empty state_dict (no tensors)</source>
        <translation>contient un state_dict vide (aucun tenseur)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a plain state_dict: key #%1 is %2, expected a string</source>
        <translation>n’est pas un simple state_dict : la clé n° %1 est %2, chaîne attendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a plain state_dict: key &apos;%1&apos; holds %2, expected a tensor</source>
        <translation>n’est pas un simple state_dict : la clé &apos;%1&apos; contient %2, tenseur attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has storage &apos;%1&apos; used with two different types or sizes</source>
        <translation>a un stockage &apos;%1&apos; utilisé avec deux types ou tailles différents</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>is a safetensors file, which holds a single state_dict: leave the entry empty (got &apos;%1&apos;)</source>
        <translation>est un fichier safetensors, qui contient un seul state_dict : laisser l’entrée vide (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds no tensors</source>
        <translation>ne contient aucun tenseur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a zip archive without data.pkl, so not a checkpoint written by torch.save (it holds: %1)</source>
        <translation>est une archive zip sans data.pkl, donc pas un checkpoint écrit par torch.save (elle contient : %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stores its tensors as &apos;%1&apos;-endian</source>
        <translation>stocke ses tenseurs en ordre d’octets &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a readable torch.save archive (%1); the file may be truncated or damaged</source>
        <translation>n’est pas une archive torch.save lisible (%1) ; le fichier est peut-être tronqué ou endommagé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: no file name</source>
        <translation>impossible d’écrire le checkpoint &apos;%1&apos; : pas de nom de fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write checkpoint &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>impossible d’écrire le checkpoint &apos;%1&apos; : le dossier &apos;%2&apos; n’existe pas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: cannot create a temporary folder in &apos;%2&apos; (%3)</source>
        <translation>impossible d’écrire le checkpoint &apos;%1&apos; : impossible de créer un dossier temporaire dans &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name clash</source>
        <translation>conflit de noms</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire le checkpoint &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save checkpoint &apos;%1&apos;: key &apos;%2&apos; holds an undefined tensor</source>
        <translation>impossible d’enregistrer le checkpoint &apos;%1&apos; : la clé &apos;%2&apos; contient un tenseur non défini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save checkpoint &apos;%1&apos;: key &apos;%2&apos;: %3</source>
        <translation>impossible d’enregistrer le checkpoint &apos;%1&apos; : clé &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <location filename="../core/model/torch_archive.cpp" line="+23"/>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a readable torch.save archive (%1): the file may be truncated or damaged</source>
        <translation>n’est pas une archive torch.save lisible (%1) : le fichier est peut-être tronqué ou endommagé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is an empty zip archive, not a checkpoint written by torch.save</source>
        <translation>est une archive zip vide et non un checkpoint écrit par torch.save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a zip archive whose first entry (&apos;%1&apos;) is not in a top-level folder, as torch.save writes them: not a checkpoint</source>
        <translation>est une archive zip dont la première entrée (&apos;%1&apos;) n’est pas dans un dossier de premier niveau, comme les écrit torch.save : ce n’est pas un checkpoint</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has records that, uncompressed, %1: a zip bomb, or a checkpoint too large to load on this machine</source>
        <translation>a des enregistrements dont l’ensemble, décompressé, %1 : une bombe zip, ou un checkpoint trop grand pour être chargé sur cette machine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a format version record of %1 bytes: the file is damaged</source>
        <translation>a un enregistrement de version de format de %1 octets : le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no torch.save format version record (or one that holds no number): not a checkpoint, or a damaged one</source>
        <translation>n’a pas d’enregistrement de version de format torch.save (ou en a un qui ne contient aucun nombre) : ce n’est pas un checkpoint, ou il est endommagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has torch.save format version %1, which this program does not read (1 to 10)</source>
        <translation>a la version de format torch.save %1, que ce programme ne lit pas (1 à 10)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>has no record &apos;%1&apos;</source>
        <translation>n’a pas d’enregistrement &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a record &apos;%1&apos; whose size cannot be read: the file is damaged</source>
        <translation>a un enregistrement &apos;%1&apos; dont la taille est illisible : le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has a record &apos;%1&apos; that claims %2 bytes (%3 stored) in a file of %4: the file is damaged or not written by torch.save</source>
        <translation>a un enregistrement &apos;%1&apos; qui annonce %2 octets (%3 stockés) dans un fichier de %4 : le fichier est endommagé ou non écrit par torch.save</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a record &apos;%1&apos; that cannot be opened (%2): the file is damaged</source>
        <translation>a un enregistrement &apos;%1&apos; impossible à ouvrir (%2) : le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a record &apos;%1&apos; that cannot be read to its end (%2): the file is truncated or damaged</source>
        <translation>a un enregistrement &apos;%1&apos; impossible à lire jusqu’au bout (%2) : le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a record &apos;%1&apos; that holds more than the %2 bytes the archive records, or fails its checksum: the file is damaged</source>
        <translation>a un enregistrement &apos;%1&apos; qui contient plus que les %2 octets indiqués par l’archive, ou dont la somme de contrôle est fausse : le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a readable torch.save archive (%1)</source>
        <translation>n’est pas une archive torch.save lisible (%1)</translation>
    </message>
    <message>
        <location filename="../core/sampling/branch_record.cpp" line="+38"/>
        <source>the branch&apos;s x_t is not base64 (length %1)</source>
        <translation>le x_t de la branche n’est pas en base64 (longueur %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the branch&apos;s x_t is not base64 (at character %1)</source>
        <translation>le x_t de la branche n’est pas en base64 (au caractère %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s x_t is not a whole number of float32 values</source>
        <translation>le x_t de la branche n’est pas un nombre entier de valeurs float32</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s image size %1 is not a usable size</source>
        <translation>la taille d’image %1 de la branche n’est pas utilisable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s x_t holds %1 values, expected 3 x %2 x %2</source>
        <translation>le x_t de la branche contient %1 valeurs, 3 x %2 x %2 attendues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch&apos;s solver history holds %1 values, expected 3 x %2 x %2</source>
        <translation>l’historique du solveur de la branche contient %1 valeurs, 3 x %2 x %2 attendues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch&apos;s solver history has %1 entries but %2 points</source>
        <translation>l’historique du solveur de la branche a %1 entrées mais %2 points</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the branch&apos;s x_t has an unknown dtype</source>
        <translation>le x_t de la branche a un dtype inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a run description must be a JSON object</source>
        <translation>une description d’exécution doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the branch&apos;s parent run description must be a JSON object</source>
        <translation>la description de l’exécution parente de la branche doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the branch&apos;s step is negative</source>
        <translation>l’étape de la branche est négative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run description&apos;s &quot;branch&quot; object is malformed: %1</source>
        <translation>l’objet &quot;branch&quot; de la description d’exécution est mal formé : %1</translation>
    </message>
    <message>
        <location filename="../core/sampling/image_condition.cpp" line="+17"/>
        <source>input images must be uint8 [M, H, W, 3], got %1 %2</source>
        <translation>les images d’entrée doivent être uint8 [M, H, W, 3], reçu %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input images are %1x%2, the model makes %3x%4</source>
        <translation>les images d’entrée font %1x%2, le modèle produit des images de %3x%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>masks must be uint8 [M, H, W] matching the input images %1, got %2</source>
        <translation>les masques doivent être uint8 [M, H, W] et correspondre aux images d’entrée %1, reçu %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the strength must be in (0, 1], got %1</source>
        <translation>la force doit être dans (0, 1], reçu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schedule has no steps</source>
        <translation>le calendrier n’a aucune étape</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>start step outside the schedule</source>
        <translation>étape de départ hors du calendrier</translation>
    </message>
    <message>
        <location filename="../core/sampling/run_spec.cpp" line="+59"/>
        <source>the run&apos;s input image is not square (%1)</source>
        <translation>l’image d’entrée de l’exécution n’est pas carrée (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not a patchdiff run description (format &apos;%1&apos;)</source>
        <translation>ce n’est pas une description d’exécution patchdiff (format &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the run names no checkpoint</source>
        <translation>l’exécution ne nomme aucun checkpoint</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the run started from an image (strength %1) but its description holds no input image</source>
        <translation>l’exécution est partie d’une image (force %1) mais sa description ne contient aucune image d’entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the run description is malformed: %1</source>
        <translation>la description d’exécution est mal formée : %1</translation>
    </message>
    <message>
        <location filename="../core/sampling/sample_images.cpp" line="+18"/>
        <source>class labels given, but the model is unconditional</source>
        <translation>étiquettes de classe indiquées, mais le modèle est non conditionnel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the image count, batch size and image stride must be positive</source>
        <translation>le nombre d’images, la taille de lot et le pas entre images doivent être positifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/sampling/sampler.cpp" line="+156"/>
        <source>this model is class-conditional: give one class label per image (%1)</source>
        <translation>ce modèle est conditionné par classe : indiquer une étiquette de classe par image (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the given x_T has shape %1, expected [%2, 3, %3, %3]</source>
        <translation>le x_T indiqué a la forme %1, [%2, 3, %3, %3] attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a branch continues one batch: the batch size must hold every image</source>
        <translation>une branche poursuit un seul lot : la taille de lot doit englober toutes les images</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler.cpp" line="-134"/>
        <source>sampling needs at least one checkpoint (--model_path)</source>
        <translation>l’échantillonnage demande au moins un checkpoint (--model_path)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>split checkpoints disagree on %1: &apos;%2&apos; has %3, &apos;%4&apos; has %5</source>
        <translation>les checkpoints du découpage divergent sur %1 : &apos;%2&apos; a %3, &apos;%4&apos; a %5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the class count</source>
        <translation>le nombre de classes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>class label %1 is out of range: the model has %2 classes (0..%3; %2 is the null label)</source>
        <translation>l’étiquette de classe %1 est hors limites : le modèle a %2 classes (0..%3 ; %2 est l’étiquette nulle)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>batch size must be positive</source>
        <translation>la taille de lot doit être positive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start step %1 is outside the %2-step schedule</source>
        <translation>l’étape de départ %1 est hors du calendrier de %2 étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a strength below 1 needs an input image to start from (--init_image)</source>
        <translation>une force inférieure à 1 demande une image d’entrée de départ (--init_image)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RePaint&apos;s jumps (--repaint_jumps) resample an inpainting run: give a mask (--mask)</source>
        <translation>les sauts de RePaint (--repaint_jumps) rééchantillonnent une exécution d’inpainting : indiquer un masque (--mask)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the input images have shape %1, the batch needs [%2, 3, %3, %3]</source>
        <translation>les images d’entrée ont la forme %1, le lot demande [%2, 3, %3, %3]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sampling needs a noise source</source>
        <translation>l’échantillonnage demande une source de bruit</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>sampler &apos;%1&apos; draws noise: give a noise source</source>
        <translation>l’échantillonneur &apos;%1&apos; tire du bruit : indiquer une source de bruit</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler_settings.cpp" line="+61"/>
        <source>--dynamic_threshold must be auto, on or off, got &apos;%1&apos;</source>
        <translation>--dynamic_threshold doit valoir auto, on ou off, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the sampler settings are malformed: %1</source>
        <translation>les réglages de l’échantillonneur sont mal formés : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>sampler settings: &apos;%1&apos; is not name=value</source>
        <translation>réglages de l’échantillonneur : &apos;%1&apos; n’est pas de la forme nom=valeur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sampler settings: unknown setting &apos;%1&apos;</source>
        <translation>réglages de l’échantillonneur : réglage inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>eta must be 0 or positive, got %1</source>
        <translation>eta doit être 0 ou positif, reçu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the solver order must be 0 (the solver&apos;s default), 1, 2 or 3, got %1</source>
        <translation>l’ordre du solveur doit être 0 (défaut du solveur), 1, 2 ou 3, reçu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the strength must be in (0, 1] (1: from noise; near 0: the input image almost unchanged), got %1</source>
        <translation>la force doit être dans (0, 1] (1 : depuis le bruit ; proche de 0 : image d’entrée presque inchangée), reçu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repaint_jumps must be 0 (no resampling) to 100, got %1</source>
        <translation>repaint_jumps doit aller de 0 (pas de rééchantillonnage) à 100, reçu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repaint_jump_length must be 1 to 1000 steps, got %1</source>
        <translation>repaint_jump_length doit aller de 1 à 1000 étapes, reçu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 sampler runs on the respaced table&apos;s steps only: use --schedule uniform, or a solver such as euler or dpmpp_2m for schedule &apos;%2&apos;</source>
        <translation>l’échantillonneur %1 ne fonctionne que sur les étapes de la table réespacée : utiliser --schedule uniform, ou un solveur comme euler ou dpmpp_2m pour le calendrier &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/score/feature_net.cpp" line="+39"/>
        <source>--feature_input_range: expected LOW,HIGH with LOW &lt; HIGH (e.g. 0,1 or -1,1), got &apos;%1&apos;</source>
        <translation>--feature_input_range : LOW,HIGH attendu avec LOW &lt; HIGH (p. ex. 0,1 ou -1,1), reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>feature network</source>
        <translation>le réseau de caractéristiques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a TorchScript module (save one with torch.jit.trace(...).save or torch.jit.script(...).save): %2</source>
        <translation>&apos;%1&apos; n’est pas un module TorchScript (en enregistrer un avec torch.jit.trace(...).save ou torch.jit.script(...).save) : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; has no forward method: a feature network maps images to features</source>
        <translation>&apos;%1&apos; n’a pas de méthode forward : un réseau de caractéristiques associe des caractéristiques à des images</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; does not say its input size (no input_size attribute): give --feature_input_size S (299 for InceptionV3)</source>
        <translation>&apos;%1&apos; n’indique pas sa taille d’entrée (pas d’attribut input_size) : indiquer --feature_input_size S (299 pour InceptionV3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature network&apos;s input size must be positive</source>
        <translation>la taille d’entrée du réseau de caractéristiques doit être positive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; does not say its input range (no input_min/input_max attributes): give --feature_input_range LOW,HIGH (0,1 for pytorch-fid&apos;s InceptionV3)</source>
        <translation>&apos;%1&apos; n’indique pas sa plage d’entrée (pas d’attributs input_min/input_max) : indiquer --feature_input_range LOW,HIGH (0,1 pour l’InceptionV3 de pytorch-fid)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the feature network &apos;%1&apos; failed on images of %2x%2: %3</source>
        <translation>le réseau de caractéristiques &apos;%1&apos; a échoué sur des images de %2x%2 : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature network &apos;%1&apos; must return one tensor of features</source>
        <translation>le réseau de caractéristiques &apos;%1&apos; doit renvoyer un seul tenseur de caractéristiques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the feature network &apos;%1&apos; must return [N, D] features for N images</source>
        <translation>le réseau de caractéristiques &apos;%1&apos; doit renvoyer des caractéristiques [N, D] pour N images</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the feature network &apos;%1&apos; has no classify method: class accuracy needs one</source>
        <translation>le réseau de caractéristiques &apos;%1&apos; n’a pas de méthode classify : la précision de classification en a besoin</translation>
    </message>
    <message>
        <location filename="../core/score/image_set.cpp" line="-12"/>
        <source>&apos;%1&apos; is not a folder of images</source>
        <translation>&apos;%1&apos; n’est pas un dossier d’images</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; holds no images (.png, .jpg, .jpeg, .gif; the sampler&apos;s *_grid.png is skipped)</source>
        <translation>&apos;%1&apos; ne contient aucune image (.png, .jpg, .jpeg, .gif ; le *_grid.png de l’échantillonneur est ignoré)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is %2x%3 but &apos;%4&apos; is %5x%6: every image of a set must have the same size</source>
        <translation>&apos;%1&apos; fait %2x%3 mais &apos;%4&apos; fait %5x%6 : toutes les images d’un ensemble doivent avoir la même taille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; holds %2 images of %3x%4, which %5; score images at the model&apos;s size, or fewer of them</source>
        <translation>&apos;%1&apos; contient %2 images de %3x%4, ce qui %5 ; évaluer des images à la taille du modèle, ou moins d’images</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; has no arr_0: expected the images as the sampler saves them (samples_NxHxWx3.npz)</source>
        <translation>&apos;%1&apos; ne contient pas arr_0 : images attendues telles que l’échantillonneur les enregistre (samples_NxHxWx3.npz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos;: arr_0 must be uint8 [N, H, W, 3] images, got %2 of %3 dimensions</source>
        <translation>&apos;%1&apos; : arr_0 doit contenir des images uint8 [N, H, W, 3], reçu %2 à %3 dimensions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; holds no images (arr_0 is empty)</source>
        <translation>&apos;%1&apos; ne contient aucune image (arr_0 est vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: arr_1 must hold one integer label per image (%2)</source>
        <translation>&apos;%1&apos; : arr_1 doit contenir une étiquette entière par image (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; does not exist (give a folder of PNGs or an .npz)</source>
        <translation>&apos;%1&apos; n’existe pas (indiquer un dossier de PNG ou un .npz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is neither a folder of images nor an .npz of samples</source>
        <translation>&apos;%1&apos; n’est ni un dossier d’images ni un .npz d’échantillons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--labels is empty: give class indices, comma separated</source>
        <translation>--labels est vide : indiquer des indices de classe séparés par des virgules</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--labels: &apos;%1&apos; is not a class index in 0..%2</source>
        <translation>--labels : &apos;%1&apos; n’est pas un indice de classe dans 0..%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--labels: &apos;%1&apos; is not a class index</source>
        <translation>--labels : &apos;%1&apos; n’est pas un indice de classe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--labels gives %1 labels for %2 images</source>
        <translation>--labels donne %1 étiquettes pour %2 images</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+136"/>
        <source>class list</source>
        <translation>la liste des classes</translation>
    </message>
    <message>
        <location filename="../core/io/gif_writer.cpp" line="+28"/>
        <source>GIF encoding failed: %1 (%2)</source>
        <translation>échec de l&apos;encodage GIF : %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GIF encoding: no frames to write</source>
        <translation>encodage GIF : aucune image à écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GIF encoding: frame size %1x%2 is not 1..65535</source>
        <translation>encodage GIF : la taille d&apos;image %1x%2 n&apos;est pas dans 1..65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GIF encoding: frame %1 is not %2x%3 RGB like the first</source>
        <translation>encodage GIF : l&apos;image %1 n&apos;est pas en %2x%3 RGB comme la première</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>GIF encoding: out of memory for a palette</source>
        <translation>encodage GIF : mémoire insuffisante pour une palette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF encoding: colour quantization failed</source>
        <translation>encodage GIF : échec de la réduction des couleurs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this build of patchdiff has no GIF encoder (it was built without giflib, Debian package libgif-dev); export PNG frames or a filmstrip instead</source>
        <translation>cette version de patchdiff n&apos;a pas d&apos;encodeur GIF (compilée sans giflib, paquet Debian libgif-dev) ; exporter plutôt des images PNG ou une bande d&apos;images</translation>
    </message>
    <message>
        <location filename="../core/model/model_loader.cpp" line="+66"/>
        <source>the weights in &apos;%1&apos; do not match the network built from the flags%2%3%4
  (check the model flags; `patchdiff info` shows what the weights say)</source>
        <translation>les poids de &apos;%1&apos; ne correspondent pas au réseau construit à partir des options%2%3%4
  (vérifier les options du modèle ; `patchdiff info` montre ce que disent les poids)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
  missing keys (%1):%2</source>
        <translation>
  clés manquantes (%1) :%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
  unexpected keys (%1):%2</source>
        <translation>
  clés inattendues (%1) :%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
  wrongly shaped keys (%1):%2</source>
        <translation>
  clés de forme incorrecte (%1) :%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (checkpoint &apos;%2&apos;)</source>
        <translation>%1 (checkpoint &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the sidecar of &apos;%1&apos; names %2 classes, the weights have %3</source>
        <translation>le fichier annexe de &apos;%1&apos; nomme %2 classes, les poids en ont %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/cpu_threads.cpp" line="+118"/>
        <source>--threads must be between 0 (the default) and %1, got %2</source>
        <translation>--threads doit être compris entre 0 (valeur par défaut) et %1, reçu %2</translation>
    </message>
    <message>
        <location filename="../core/inspect/quality_chart.cpp" line="+86"/>
        <source>the quality chart needs scored columns</source>
        <translation>le graphique de qualité demande des colonnes évaluées</translation>
    </message>
</context>
<context>
    <name>patchdiff</name>
    <message>
        <location filename="../app/patchdiff/cli_args.cpp" line="+35"/>
        <source>unknown flag --%1; did you mean --%2?</source>
        <translation>option inconnue --%1 ; vouliez-vous dire --%2 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown flag --%1 (--help lists the flags)</source>
        <translation>option inconnue --%1 (--help liste les options)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--%1 needs a value</source>
        <translation>--%1 attend une valeur</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cli_tr.cpp" line="+104"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_bench.cpp" line="+43"/>
        <source>--%1 takes on or off, got &apos;%2&apos;</source>
        <translation>--%1 accepte on ou off, reçu « %2 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--device takes cpu, cuda or cuda:N, got &apos;%1&apos;</source>
        <translation>--device accepte cpu, cuda ou cuda:N, reçu « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="+249"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+183"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="+92"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+199"/>
        <location line="+91"/>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
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
        <translation>usage : patchdiff bench (--preset NAME[,NAME]|all | --model_path A.pt[,B.pt] [options du modèle])
                        [--batch 1,16] [--steps 50] [--warmup 3] [--repeats 1]
                        [--device cpu|cuda] [--precision fp32|fp16|bf16] [--guidance 1.5]
                        [--threads N] [--cuda_graphs on|off] [--channels_last on|off]
                        [--noise seeded|device] [--fast_paths SPEC] [--ab &apos;SPEC;SPEC&apos;]
                        [--timestep_respacing 250] [--block K] [--seed N] [--json out.json]
                        [--profile]
Chronomètre des étapes inverses complètes de la boucle d’échantillonnage (réseau, guidage,
seuillage, mise à jour, bruit) après --warmup étapes non mesurées, et affiche ms/step
(médiane, p10..p90), les images/s d’une exécution de 250 étapes, les TFLOP/s atteints, le
temps hôte passé à tirer le bruit, la mémoire maximale et, pour les préréglages, les
ms/step de l’original sur une H200 (../shared/anchors/peer-gpu.md) avec l’accélération.
  --preset         lsun_p2, lsun_p4, lsun_p8, imagenet_p4, ffhq_p4 (poids aléatoires ;
                   &apos;all&apos; = ces cinq), tiny, tiny_cond (tests rapides) ; --list-presets
                   les affiche
  --model_path     des checkpoints à la place (plusieurs = découpage SNR, avec --snr_splits)
  --precision      précision du tronc : fp32, fp16 (use_fp16 de l’original, CUDA) ou bf16
  --guidance       guidage sans classifieur pour les checkpoints conditionnés par classe
                   (1.5 par défaut ; les préréglages prennent celui du README)
  --cuda_graphs    rejouer chaque passe du réseau comme un graphe CUDA (off par défaut)
  --noise          seeded : flux CPU par image comme `patchdiff sample` (par défaut,
                   images tirées en parallèle) ;
                   device : torch::randn sur le périphérique, comme l’original
  --fast_paths     interrupteurs, p. ex. conv=0,attn=1 (aussi $PATCHDIFF_FAST_PATHS)
  --ab             comparer des jeux d’interrupteurs dans un seul processus, entrelacés
                   exécution par exécution, p. ex. --ab &apos;conv=0;conv=1&apos; --repeats 3
                   (un jeu peut ajouter noise=MODE)
  --block          étapes par bloc de mesure synchronisé (1 sur CPU, 5 sur CUDA par défaut)
  --json           écrire aussi le rapport en JSON
  --profile        chronométrer aussi chaque opérateur des étapes mesurées : part de chaque
                   étape passée en convolution, disposition (copies, réordonnancements),
                   GroupNorm+SiLU, attention, opérations élément par élément, allocation,
                   bruit et code hôte, et les opérateurs les plus coûteux
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
        <translation>usage : patchdiff selftest [--reference DIR] [--compare_models A.pt,B.pt] [--compare_presets tiny,...]
                           [--device cpu|cuda] [--precision fp32|fp16|bf16]
                           [--cuda_graphs on|off] [--channels_last on|off] [--fast_paths SPEC]
                           [--model_tolerance X] [--sampling_tolerance X] [--threads N]
                           [--json out.json]
Exécute chaque cas de réseau et d’échantillonnage du dossier de référence (index.json,
calculé par l’original sur CPU en float32) et affiche pour chacun la plus grande erreur
absolue. Quitte avec 1 si l’une dépasse sa tolérance (float32 : 1e-4 pour les sorties du
réseau sur CPU, 1e-3 sur CUDA et pour les échantillonnages ; fp16 et bf16 ont des bornes
larges qui ne détectent que les chemins défectueux). Les cas dont les fichiers manquent
dans un dossier de référence partiel sont ignorés.
  --compare_models, --compare_presets  exécuter aussi ces checkpoints / préréglages
                   (poids aléatoires) sur le périphérique et sur le chemin CPU float32 de
                   cette compilation avec les mêmes entrées : une passe du réseau, 10
                   étapes DDIM et 5 étapes DDPM (guidage 1.5)
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
        <translation>argument inattendu « %1 » (les options s’écrivent --nom valeur)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>--cuda_graphs applies on CUDA only and is ignored on the CPU</source>
        <translation>--cuda_graphs ne s’applique qu’à CUDA et est ignoré sur le CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --preset NAME[,NAME] or --model_path A.pt[,B.pt]</source>
        <translation>indiquer soit --preset NAME[,NAME], soit --model_path A.pt[,B.pt]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model flags apply to --model_path; presets carry the README&apos;s flags</source>
        <translation>les options du modèle s’appliquent à --model_path ; les préréglages portent les options du README</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>building %1 (%2 networks, random weights)</source>
        <translation>construction de %1 (%2 réseaux, poids aléatoires)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building %1 (one network, random weights)</source>
        <translation>construction de %1 (un réseau, poids aléatoires)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>give --reference DIR (the folder holding index.json), --compare_models or --compare_presets</source>
        <translation>indiquer --reference DIR (le dossier contenant index.json), --compare_models ou --compare_presets</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>selftest on %1, %2, fast paths %3, CUDA graphs on</source>
        <translation>autotest sur %1, %2, chemins rapides %3, graphes CUDA activés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selftest on %1, %2, fast paths %3, CUDA graphs off</source>
        <translation>autotest sur %1, %2, chemins rapides %3, graphes CUDA désactivés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max abs error %1 (tolerance %2)</source>
        <translation>erreur abs. max. %1 (tolérance %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cases, %2 failed, %3 skipped</source>
        <translation>%1 cas, %2 en échec, %3 ignorés</translation>
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
        <translation>usage : patchdiff compare --model_path A.pt,B.pt[,C.pt[,D.pt]] [options d’échantillonnage] [--out DIR]
        patchdiff compare --model_path A.pt --vary SETTING=V1,V2[,...] [options d’échantillonnage] [--out DIR]
Exécute, l’une après l’autre, des colonnes qui diffèrent par une seule chose et partagent
tout le reste (graine, x_T, étiquettes, réglages de l’échantillonneur), et écrit
DIR/compare.png (les colonnes côte à côte, avec légendes) et DIR/compare.json (un objet
par colonne : checkpoint, patch_size, setting, params, gflop_per_pass,
ms_per_step_median, total_s, rms_to_first).
  --model_path        2 à 4 checkpoints séparés par des virgules (colonnes), ou un seul
                      avec --vary
  --vary              guidance_scale=1,1.5,3 | timestep_respacing=10,25,50 |
                      %1=False,True | eta=0,0.5,1 | sampler=ddim,dpmpp_2m,unipc |
                      schedule=uniform,karras | steps=10,20 |
                      strength=0.3,0.6,0.9 (avec --init_image) (2 à 6 valeurs)
  --init_image, --strength, --mask, --repaint_jumps  toutes les colonnes partent de
                      l’image (voir patchdiff sample)
  --sampler, --schedule  solveur et calendrier de toutes les colonnes (voir patchdiff sample)
  --out               dossier de sortie (. par défaut)
  --num_samples       images par colonne (4 par défaut), --batch_size (16 par défaut)
  --timestep_respacing, --guidance_scale (1.5 par défaut), --%1, --eta,
  --dynamic_threshold auto|on|off, --clip_denoised, --seed (0 par défaut),
  --class_labels 3,3,7 (par défaut : tirées de la graine comme le fait &apos;sample&apos;),
  --threads N, --device cpu|cuda, --entry NAME, et les MODEL_FLAGS de l’original
  --score N           évaluer aussi chaque colonne : N images de plus chacune (classes
                      équilibrées), leur distance de Fréchet et leur précision de
                      classification par rapport aux données (voir patchdiff score ; 500 ou
                      plus pour une FD stable), dans le tableau, compare.json et
                      DIR/quality.png (FD en fonction des GFLOP par image terminée) ; avec
                      --data_dir, --feature_net comme pour patchdiff score
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(ms/step: median wall time of one step of a batch; GFLOP per image per network pass, x2 per step with guidance;
 speed-up and GFLOP ratio per image run relative to the first column; RMS in [-1, 1])</source>
        <translation>(ms/step : durée médiane d’une étape d’un lot ; GFLOP par image et par passe du réseau, x2 par étape avec guidage ;
 accélération et rapport de GFLOP par image relatifs à la première colonne ; RMS dans [-1, 1])</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ms/step: median wall time of one step of a batch; GFLOP per image per network pass;
 speed-up and GFLOP ratio per image run relative to the first column; RMS in [-1, 1])</source>
        <translation>(ms/step : durée médiane d’une étape d’un lot ; GFLOP par image et par passe du réseau ;
 accélération et rapport de GFLOP par image relatifs à la première colonne ; RMS dans [-1, 1])</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(%1 images per column, features of %2; the floor: as many held-out real images)</source>
        <extracomment>Below the scores of `patchdiff compare --score`: %1 images per column, %2 the feature network&apos;s file name.</extracomment>
        <translation>(%1 images par colonne, caractéristiques de %2 ; le plancher : autant d’images réelles mises de côté)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--model_path is required: 2 to 4 checkpoints, comma separated, or one with --vary</source>
        <translation>--model_path est requis : 2 à 4 checkpoints séparés par des virgules, ou un seul avec --vary</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 and --vary %2 both given: the varied setting takes its values from --vary</source>
        <extracomment>%1 a flag given, %2 the setting --vary varies (the flag sets it).</extracomment>
        <translation>--%1 et --vary %2 donnés tous les deux : le réglage varié prend ses valeurs dans --vary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vary strength starts every column from an image: give it with --init_image</source>
        <translation>--vary strength fait partir chaque colonne d’une image : l’indiquer avec --init_image</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="-46"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-112"/>
        <source>--device cuda: this LibTorch build has no usable CUDA device</source>
        <translation>--device cuda : cette version de LibTorch n’a aucun périphérique CUDA utilisable</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>scoring column %1/%2</source>
        <extracomment>Progress label while the images a column is scored on are made: %1 the column, %2 of how many.</extracomment>
        <translation>évaluation de la colonne %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1/%2</source>
        <translation>colonne %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+101"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-56"/>
        <location line="+88"/>
        <location filename="../app/patchdiff/cmd_train.cpp" line="+100"/>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot create the output folder &apos;%1&apos;: %2</source>
        <translation>impossible de créer le dossier de sortie « %1 » : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote %1 and %2</source>
        <translation>%1 et %2 écrits</translation>
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
        <translation>usage : patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]
Construit le jeu d’entraînement des modèles emoji fournis (resources/models/MODEL_CARD.md) :
récupère emoji-datasource-google@16.0.0 et emoji-datasource-twitter@16.0.0 avec
`npm pack` (ou lit les --tarballs donnés), prend chaque PNG 64x64 que liste emoji.json du
paquet (variantes de teint comprises), le compose sur fond blanc et écrit
  OUTDIR/train/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png     pour `patchdiff train --data_dir OUTDIR/train`
  OUTDIR/heldout/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png   une fraction fixe F (0.1 par défaut), choisie
                                             par un hachage de l’emoji de base (tous ses
                                             teints et les deux rendus du même côté)
  OUTDIR/classes.json                        les 9 noms de classes et les effectifs
La classe est la catégorie de l’emoji sous forme d’entier (la convention de
l’entraîneur d’origine) :
0 Smileys &amp; Emotion, 1 People &amp; Body, 2 Animals &amp; Nature, 3 Food &amp; Drink, 4 Travel &amp; Places,
5 Activities, 6 Objects, 7 Symbols (avec Component), 8 Flags.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>impossible de créer un dossier temporaire dans %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]</source>
        <translation>usage : patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fetching %1 and %2 with npm pack...</source>
        <translation>récupération de %1 et %2 avec npm pack...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(%1% held out)</source>
        <translation>(%1 % mis de côté)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped %1 images that emoji.json does not list</source>
        <translation>%1 images ignorées, absentes de emoji.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote %1/train, %1/heldout and %1/classes.json</source>
        <translation>%1/train, %1/heldout et %1/classes.json écrits</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown data set &apos;%1&apos; (known: emoji)</source>
        <translation>jeu de données inconnu « %1 » (connus : emoji)</translation>
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
        <translation>usage : patchdiff forward CKPT --x x.npy --t 999,500 [--y 0,3] [--out out.npy]
                          [--device cpu|cuda] [--threads N] [options du modèle]
Exécute le réseau une fois. x : float [B, 3, S, S] dans l’espace du modèle ; t : un pas de
temps de l’original par image (ou un seul pour toutes) ; y : une étiquette par image pour
les modèles conditionnés par classe (le nombre de classes est l’étiquette nulle). Affiche
le max et la moyenne de la sortie.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>forward needs a checkpoint (patchdiff forward CKPT ...)</source>
        <translation>forward a besoin d’un checkpoint (patchdiff forward CKPT ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forward needs --x x.npy ([B, 3, S, S] float)</source>
        <translation>forward a besoin de --x x.npy ([B, 3, S, S] float)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward needs --t (timesteps, e.g. 999,500)</source>
        <translation>forward a besoin de --t (pas de temps, p. ex. 999,500)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--x %1 has shape %2, the model needs %3</source>
        <translation>--x %1 a la forme %2, le modèle attend %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--t has %1 timesteps for %2 images</source>
        <translation>--t a %1 pas de temps pour %2 images</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this model is class-conditional: give --y (labels)</source>
        <translation>ce modèle est conditionné par classe : indiquer --y (étiquettes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--y has %1 labels for %2 images</source>
        <translation>--y a %1 étiquettes pour %2 images</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label %1 is out of range: 0..%2, or %3 for no label</source>
        <translation>l’étiquette %1 est hors limites : 0..%2, ou %3 pour aucune étiquette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--y given, but this model is unconditional</source>
        <translation>--y donné, mais ce modèle est non conditionnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--use_fp16 applies on CUDA only; running float32 on the CPU</source>
        <translation>--use_fp16 ne s’applique qu’à CUDA ; calcul en float32 sur le CPU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>output %1  max %2  mean %3  max|.| %4</source>
        <extracomment>The network&apos;s output: %1 its shape, then its largest value, mean and largest magnitude.</extracomment>
        <translation>sortie %1  max %2  moyenne %3  max|.| %4</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_info.cpp" line="+26"/>
        <source>user</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from (patchdiff info): the user&apos;s command line.</extracomment>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sidecar</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the checkpoint&apos;s .json sidecar file.</extracomment>
        <translation>fichier annexe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: read from the weights&apos; tensor shapes.</extracomment>
        <translation>poids</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the original&apos;s default.</extracomment>
        <translation>défaut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: patchdiff info CKPT... [--entry NAME] [model/diffusion flags]
CKPT is a .pt file or the name of a bundled model (e.g. emoji64_p4).
Shows the resolved flags (and whether each came from you, the sidecar JSON, the
weights or the defaults), parameters, GFLOP per image per network pass and classes.
</source>
        <extracomment>patchdiff info --help. Keep CKPT, NAME, --entry and file names as they are.</extracomment>
        <translation>usage : patchdiff info CKPT... [--entry NAME] [options du modèle ou de la diffusion]
CKPT est un fichier .pt ou le nom d’un modèle fourni (p. ex. emoji64_p4).
Affiche les options résolues (et si chacune vient de vous, du fichier annexe JSON, des
poids ou des valeurs par défaut), les paramètres, les GFLOP par image et par passe du
réseau, et les classes.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>info needs a checkpoint: a .pt file or a bundled model name (%1)</source>
        <translation>info a besoin d’un checkpoint : un fichier .pt ou le nom d’un modèle fourni (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file:</source>
        <translation>fichier :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry:</source>
        <translation>entrée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (available: %2; choose with --entry)</source>
        <translation>%1 (disponibles : %2 ; choisir avec --entry)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about:</source>
        <translation>à propos :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters:</source>
        <translation>paramètres :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 M)</source>
        <comment>parameter count, millions</comment>
        <translation>%1 (%2 M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GFLOP:</source>
        <translation>GFLOP :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per image per network pass (x2 with guidance)</source>
        <translation>%1 par image et par passe du réseau (x2 avec guidage)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolution:</source>
        <translation>résolution :</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 px, patch size %2 -&gt; U-Net at %3 x %3 with %4 channels in</source>
        <extracomment>%1 image size in pixels, %2 the patch size P, %3 the U-Net&apos;s resolution (image size / P), %4 its input channels (3 P^2).</extracomment>
        <translation>%1 px, taille de patch %2 -&gt; U-Net en %3 x %3 avec %4 canaux d’entrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>classes:</source>
        <translation>classes :</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 (null label for guidance: %2)</source>
        <translation>%1 (étiquette nulle pour le guidage : %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unconditional</source>
        <translation>non conditionnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flags:</source>
        <translation>options :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as a command line:</source>
        <translation>en ligne de commande :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribution:</source>
        <translation>attribution :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>license:</source>
        <translation>licence :</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="-111"/>
        <source>--model_path is required (one checkpoint, or several for --snr_splits)</source>
        <translation>--model_path est requis (un checkpoint, ou plusieurs pour --snr_splits)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--use_fp16 True applies on CUDA only and is ignored on the CPU</source>
        <translation>--use_fp16 True ne s’applique qu’à CUDA et est ignoré sur le CPU</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the model is unconditional, so --guidance_scale %1 has no effect (the original skips guidance for such models too)</source>
        <translation>le modèle est non conditionnel, donc --guidance_scale %1 est sans effet (l’original saute aussi le guidage pour ces modèles)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--num_samples and --batch_size must be positive</source>
        <translation>--num_samples et --batch_size doivent être positifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--trajectory must be a positive step interval</source>
        <translation>--trajectory doit être un intervalle d’étapes positif</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>split over %1 processes (%2); rank 0 wrote the files</source>
        <extracomment>A sampling run split over processes: %1 processes, %2 the backend (gloo, nccl).</extracomment>
        <translation>réparti sur %1 processus (%2) ; le rang 0 a écrit les fichiers</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/sampler_args.cpp" line="+29"/>
        <source>--%2 True and --sampler %1 disagree: give one of them</source>
        <extracomment>%1 the solver given with --sampler, %2 the original&apos;s DDIM flag name.</extracomment>
        <translation>--%2 True et --sampler %1 se contredisent : n’en donnez qu’un</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--strength below 1 starts from an image: give it with --init_image</source>
        <translation>--strength inférieur à 1 part d’une image : l’indiquer avec --init_image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mask marks the part of an --init_image to regenerate: give the image</source>
        <translation>--mask marque la partie d’une --init_image à régénérer : indiquer l’image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--repaint_jumps resamples an inpainting run: give a --mask</source>
        <translation>--repaint_jumps rééchantillonne une exécution d’inpainting : indiquer un --mask</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is %2x%3: resized to %4x%4 as training resizes images (box halving, bicubic, centre crop)</source>
        <translation>%1 fait %2x%3 : redimensionné en %4x%4 comme l’entraînement redimensionne les images (réduction de moitié par moyenne, bicubique, recadrage centré)</translation>
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
        <translation>usage : patchdiff sample --model_path A.pt[,B.pt] [MODEL_FLAGS et SAMPLE_FLAGS de l’original]
                         [--seed N] [--class_labels 3,3,7|random] [--device cpu|cuda]
                         [--eta E] [--noise xT.npy] [--dynamic_threshold auto|on|off]
                         [--trajectory K] [--threads N] [--entry NAME]
                         [--sampler NAME] [--schedule NAME] [--order K]
                         [--init_image PATH|DIR [--strength S] [--mask PATH]
                          [--repaint_jumps N] [--repaint_jump_length J]]
                        [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
Accepte les lignes de commande d’échantillonnage du README de l’original. Écrit dans
--save_dir (. par défaut) : samples_NxHxWx3.npz (comme l’original), un PNG en grille et
un PNG par image dont le bloc de texte &apos;patchdiff&apos; consigne tout ce qu’il faut pour la
refaire.
  --model_path        checkpoints séparés par des virgules, modèle au SNR le plus élevé
                      d’abord (découpage) ; un nom seul comme emoji64_p4 désigne un
                      modèle fourni
  --snr_splits        limites de SNR entre les modèles du découpage, p. ex. 0.25
  --timestep_respacing  250, 10,20,30 ou ddim50 (par défaut : toutes les étapes)
  --guidance_scale    guidage sans classifieur (1.5 par défaut ; 1 = désactivé)
  --%1          True pour DDIM (avec --eta, 0 par défaut)
  --sampler           ddpm (par défaut), ddim, euler, euler_ancestral, heun (2 passes
                      par étape), dpmpp_2m, dpmpp_2m_sde (--eta, 1 par défaut), unipc ;
                      --timestep_respacing N signifie alors N étapes
  --schedule          uniform (la chaîne de réespacement, par défaut), karras,
                      exponential, trailing
  --order             ordre d’unipc (3 par défaut, 2 avec guidage)
  --num_samples, --batch_size, --clip_denoised, --use_fp16 (CUDA seulement)
  --seed              l’image i utilise les flux de bruit de (graine, i) (0 par défaut)
  --class_labels      étiquettes des images, répétées au besoin, ou random (par défaut)
  --noise             x_T de chaque image à partir d’un .npy [N, 3, H, W]
  --dynamic_threshold auto (actif exactement avec guidage, comme l’original), on, off
  --trajectory K      enregistrer aussi chaque K-ième prédiction x0 dans trajectory.npz
  --init_image        partir de cette image (ou de chaque image d’un dossier) au lieu
                      du bruit ; --num_samples N donne N variations (par défaut : une par
                      image) ; les autres tailles sont redimensionnées comme à l’entraînement
  --strength          jusqu’où l’image va dans le bruit, dans (0, 1] (1 par défaut :
                      depuis le bruit ; 0.5 garde la composition, près de 0 rend l’image)
  --mask              inpainting : le blanc est régénéré, le noir garde exactement les
                      pixels de l’image (à la taille de l’image)
  --repaint_jumps N   rééchantillonnage RePaint : toutes les J étapes, remonter de J étapes
                      puis redescendre, N fois (0 par défaut) ; J : --repaint_jump_length
                      (10 par défaut)
Plusieurs processus (torchrun --no-python --nproc_per_node N patchdiff sample ...) se partagent
les images : le rang r échantillonne les images r, r+N, ... ; le rang 0 écrit les fichiers,
identiques à ceux d&apos;un seul processus (docs/distributed.md).
</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>--class_labels is empty</source>
        <translation>--class_labels est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--class_labels given, but the model is unconditional</source>
        <translation>--class_labels donné, mais le modèle est non conditionnel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--noise %1 has shape %2, expected %3</source>
        <translation>--noise %1 a la forme %2, attendu %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--repaint_jump_length %1 leaves no room for a jump in the %2 steps this run walks: no resampling happens (try a shorter length)</source>
        <extracomment>%1 the jump length, %2 the steps the run walks.</extracomment>
        <translation>--repaint_jump_length %1 ne laisse la place à aucun saut dans les %2 étapes de cette exécution : aucun rééchantillonnage (essayez une longueur plus courte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting from %1 input image(s) at strength %2: the run begins at step %3 of %4</source>
        <extracomment>%1 the number of input images, %2 the strength, %3 the first step run, %4 the step count.</extracomment>
        <translation>départ de %1 image(s) d’entrée à la force %2 : l’exécution commence à l’étape %3 sur %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sampling</source>
        <translation>échantillonnage</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>batch %1/%2</source>
        <translation>lot %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>interrupted before the first batch finished: nothing to keep</source>
        <translation>interrompu avant la fin du premier lot : rien à conserver</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>saving to %1</source>
        <translation>enregistrement dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trajectory (every %1 steps) in %2</source>
        <translation>trajectoire (toutes les %1 étapes) dans %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sampled %1 images, %2 steps each, %3 ms per step (batch %4, %5), %6 s in all</source>
        <translation>%1 images échantillonnées, %2 étapes chacune, %3 ms par étape (lot %4, %5), %6 s au total</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>interrupted: kept the %1 images of the finished batches (of %2) in %3</source>
        <translation>interrompu : les %1 images des lots terminés (sur %2) sont conservées dans %3</translation>
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
        <translation>usage : patchdiff train --data_dir DIR [MODEL_FLAGS, DIFFUSION_FLAGS, TRAIN_FLAGS de l’original]
                        [--log_dir DIR] [--max_steps N] [--max_minutes M] [--device cpu|cuda]
                        [--precision fp32|fp16|bf16] [--class_dropout_prob P] [--seed N]
                        [--sample_every N] [--grad_clip G] [--num_workers N] [--threads N]
                       [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
                        [--dry_run]
Accepte les lignes de commande d’entraînement du README de l’original. Images : chaque
.jpg/.jpeg/.png/.gif sous --data_dir, décodée avec stb_image et redimensionnée comme dans
l’original (divisions par deux en boîte, bicubique, recadrage centré ; --random_crop,
--random_flip). Avec --class_cond True, la classe est le nom du fichier avant son premier
tiret bas : des entiers (3_cat.png de l’original) ou des mots (numérotés dans l’ordre
alphabétique ; les noms vont dans le fichier annexe).
Écrit dans --log_dir ($OPENAI_LOGDIR par défaut, sinon ./train-&lt;date&gt;) : model{N}.pt,
ema_{rate}_{N}.pt et opt{N}.pt toutes les --save_interval étapes et à la fin, un fichier
annexe .json à côté de chaque modèle pour que `patchdiff sample --model_path` n’ait besoin
d’aucune option, et progress.csv.
--resume_checkpoint DIR/modelN.pt reprend exactement (optimiseur, EMA, RNG, ordre des
données) ; un fichier sans étape dans son nom (un modèle de départ fourni, emoji64_p4.pt)
ne donne que les poids de départ : étape 0, EMA à partir de ces poids, AdamW neuf.
Au-delà de l’original :
  --class_dropout_prob  étiquettes remplacées par l’étiquette nulle à ce taux (0.1 par
                        défaut), pour pouvoir échantillonner le modèle avec guidage
  --max_steps N         s’arrêter à l’étape totale N ; --max_minutes M : après M minutes
                        de cette exécution
  --precision           fp32 (CPU ou CUDA), fp16 (CUDA : demi-tronc de --use_fp16 avec
                        mise à l’échelle dynamique de la perte), bf16 (autocast CUDA)
  --sample_every N      grille d’échantillons EMA samples_N.png toutes les N étapes
                        (DDIM, avec guidage)
  --grad_clip G         écrêter la norme du gradient ; --max_nonfinite K : s’arrêter
                        après K étapes invalides
  --ema_dtype float16   fichiers EMA en float16 (moitié de la taille, comme use_fp16 de
                        l’original)
  --dry_run             vérifier les options et le dossier de données, afficher le plan,
                        ne rien entraîner
Plusieurs processus (torchrun --no-python --nproc_per_node N patchdiff train ..., mpirun, srun)
entraînent en parallèle de données : chacun lit sa part des fichiers, les gradients sont moyennés,
le lot vaut --batch_size x N ; le rang 0 journalise et écrit les points de contrôle (docs/distributed.md).
  --dist_init           comment les processus se rejoignent : env:// (MASTER_ADDR, MASTER_PORT ; par défaut),
                        file://PATH (un nouveau fichier que tous voient), tcp://HOST:PORT
  --dist_timeout S      une opération collective attend au plus S secondes (1800 par défaut) un rang perdu
Ctrl+C s’arrête après l’étape en cours et enregistre un checkpoint.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--save_format safetensors writes model, EMA and optimizer files as .safetensors with the
sidecar inside (default pt: torch.save files, as the original); --resume_checkpoint reads both.
</source>
        <extracomment>patchdiff train --help, its last paragraph. Keep flag names, values and file names.</extracomment>
        <translation>--save_format safetensors écrit les fichiers du modèle, de l’EMA et de l’optimiseur en .safetensors,
le fichier annexe inclus (par défaut pt : fichiers torch.save, comme l’original) ; --resume_checkpoint lit les deux.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>step %1  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/step  %8 img/s</source>
        <extracomment>One line of the training log. loss, mse, vb (variational bound), grad (gradient norm) and lr (learning rate) are the names in progress.csv: keep them.</extracomment>
        <translation>étape %1  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/étape  %8 img/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  allreduce %1 s/step</source>
        <extracomment>Appended to a training log line when several processes train: the seconds per step the gradients&apos; allreduce took (part of the s/step before it). Keep &quot;allreduce&quot; as it is.</extracomment>
        <translation>  allreduce %1 s/étape</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--data_dir is required (a folder of training images)</source>
        <translation>--data_dir est requis (un dossier d’images d’entraînement)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model: %1</source>
        <translation>modèle : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data: %1 images in %2</source>
        <translation>données : %1 images dans %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 classes</source>
        <translation>%1, %2 classes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training: lr %1, batch %2 (microbatch %3), ema %4, sampler %5, precision %6, device %7</source>
        <extracomment>The training plan of --dry_run: lr (learning rate), batch and microbatch sizes, the EMA rates, the timestep sampler (uniform, loss-second-moment), precision and device.</extracomment>
        <translation>entraînement : lr %1, lot %2 (micro-lot %3), EMA %4, échantillonneur %5, précision %6, périphérique %7</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>logging to %1</source>
        <translation>journal dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data-parallel over %1 processes (%2), global batch %3</source>
        <extracomment>A data-parallel run: %1 processes, %2 the backend (gloo, nccl), %3 the global batch.</extracomment>
        <translation>parallélisme de données sur %1 processus (%2), lot global %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 steps in %3 s (%4 images/s); checkpoints in %5</source>
        <extracomment>The end of training: %1 is why it stopped (the trainer&apos;s words, English), %2 the steps run.</extracomment>
        <translation>%1 : %2 étapes en %3 s (%4 images/s) ; checkpoints dans %5</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/commands.cpp" line="+21"/>
        <source>show a checkpoint&apos;s resolved flags, parameters, GFLOP and classes</source>
        <translation>afficher les options résolues, les paramètres, les GFLOP et les classes d’un checkpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run the network once on an .npy input</source>
        <translation>exécuter le réseau une fois sur une entrée .npy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate images (drop-in for the original image_sample.py)</source>
        <translation>générer des images (remplace image_sample.py de l’original)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time the sampling loop for presets or checkpoints (ms/step, TFLOP/s, memory)</source>
        <translation>chronométrer la boucle d’échantillonnage de préréglages ou de checkpoints (ms/step, TFLOP/s, mémoire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a device/precision against the original&apos;s reference outputs</source>
        <translation>vérifier un périphérique / une précision par rapport aux sorties de référence de l’original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample columns from identical noise: checkpoints or one setting side by side</source>
        <translation>échantillonner des colonnes à partir du même bruit : checkpoints ou un réglage côte à côte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>build a training set (data emoji: the bundled models&apos; emoji images)</source>
        <translation>construire un jeu d’entraînement (data emoji : les images emoji des modèles fournis)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>convert a checkpoint between .pt and .safetensors (optionally its dtype)</source>
        <translation>convertir un checkpoint entre .pt et .safetensors (et, au choix, son dtype)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss of checkpoints on held-out images, on identical draws</source>
        <translation>perte d’entraînement de checkpoints sur des images mises de côté, avec des tirages identiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample quality: FD, KID, precision/recall, class accuracy (score train: its network)</source>
        <translation>qualité des images : FD, KID, précision/rappel, précision de classification (score train : son réseau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train a model on a folder of images (drop-in for the original image_train.py)</source>
        <translation>entraîner un modèle sur un dossier d’images (remplace image_train.py de l’original)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: patchdiff &lt;command&gt; [flags]</source>
        <translation>usage : patchdiff &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commands:</source>
        <translation>commandes :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;patchdiff &lt;command&gt; --help&apos; lists a command&apos;s flags.</source>
        <translation>« patchdiff &lt;commande&gt; --help » liste les options d’une commande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>commande inconnue « %1 » (commandes : %2)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/main.cpp" line="+28"/>
        <source>bundled models: %1</source>
        <translation>modèles fournis : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found (set PATCHDIFF_MODELS_DIR)</source>
        <translation>aucun trouvé (définir PATCHDIFF_MODELS_DIR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License: %1, with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>Licence : %1, sans aucune garantie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party libraries:</source>
        <translation>Bibliothèques tierces :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>patchdiff %1: cancelled</source>
        <translation>patchdiff %1 : annulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>patchdiff %1: error: %2</source>
        <extracomment>The frame around an error message: %1 is the command (sample, train, ...), %2 the message itself (translated where it has a translation).</extracomment>
        <translation>patchdiff %1 : erreur : %2</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/progress_bar.cpp" line="+32"/>
        <source>%1 d %2</source>
        <extracomment>A duration of a day or more: %1 is the number of days, %2 hours:minutes:seconds.</extracomment>
        <translation>%1 j %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ETA</source>
        <extracomment>Estimated time left in a progress line, followed by hours:minutes:seconds.</extracomment>
        <translation>reste</translation>
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
        <translation>usage : patchdiff evaluate --model_path A.pt[,B.pt...] --data_dir DIR [--samples_per_image K]
                           [--seed S] [--batch_size B] [--device cpu|cuda] [--json FILE]
                           [--threads N] [--entry NAME] [options du modèle ou de la diffusion]
La perte d’entraînement (celle de l’entraîneur : MSE pondérée sur x0 plus la borne
variationnelle avec sigma appris, avec le --weight_schedule du modèle) de chaque checkpoint
sur chaque image de DIR (recadrage centré, sans retournement, les vraies étiquettes de
classe : pas d’abandon d’étiquette), K fois par image, avec t uniforme sur les étapes de la
diffusion et un bruit gaussien tiré d’un générateur initialisé par (graine, image, tirage)
seulement : chaque checkpoint, taille de lot et périphérique voit les mêmes triplets
(x0, t, bruit). Affiche la moyenne de chaque terme avec l’erreur type de la moyenne sur les
tirages, au total et par quartile de t (q0 : t &lt; T/4 ... q3 : le plus bruité) et, à partir
du deuxième checkpoint, sa différence appariée au premier (mêmes tirages, donc une erreur
bien plus petite que celle de chaque moyenne). À utiliser sur des images sur lesquelles les
modèles n’ont pas été entraînés.
  --model_path         checkpoints séparés par des virgules (fichiers .pt ou noms de
                       modèles fournis)
  --data_dir           les images (.jpg/.jpeg/.png/.gif sous DIR ; classes tirées des noms
                       de fichiers comme les lit `patchdiff train`)
  --samples_per_image  tirages de (t, bruit) par image (4 par défaut)
  --seed               la graine des tirages (0 par défaut)
  --batch_size         images par passe du réseau (32 par défaut ; ne change pas les
                       résultats au-delà des arrondis)
  --device             cpu (par défaut) ou cuda ; fp32 dans les deux cas
  --json FILE          écrire aussi les résultats (et les différences appariées) en JSON
</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>paired difference to %1 (same draws; negative: lower loss than it)</source>
        <translation>différence appariée à %1 (mêmes tirages ; négative : perte plus faible)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--model_path is required: one or more checkpoints, comma separated</source>
        <translation>--model_path est requis : un ou plusieurs checkpoints séparés par des virgules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--data_dir is required: a folder of images the models were not trained on</source>
        <translation>--data_dir est requis : un dossier d’images sur lesquelles les modèles n’ont pas été entraînés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--samples_per_image must be at least 1</source>
        <translation>--samples_per_image doit valoir au moins 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--batch_size must be at least 1</source>
        <translation>--batch_size doit valoir au moins 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>images</source>
        <comment>progress unit</comment>
        <translation>images</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss on %1: %2 images x %3 draws (seed %4), t uniform over %5 steps, true labels</source>
        <extracomment>%1 the folder, %2 images, %3 draws of (t, noise) per image, %4 their seed, %5 the diffusion&apos;s steps.</extracomment>
        <translation>perte d’entraînement sur %1 : %2 images x %3 tirages (graine %4), t uniforme sur %5 étapes, vraies étiquettes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 undecodable files left out)</source>
        <translation>(%1 fichiers illisibles ignorés)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/sample_plan.cpp" line="+19"/>
        <source>sampling %1 images in %2 batches of up to %3, %4 %5 steps each, on %6, into %7</source>
        <extracomment>Said before sampling starts. %1 images, %2 batches, %3 images per batch, %4 steps per image, %5 the solver (ddpm, ddim, unipc, ...), %6 the device (cpu, cuda:0), %7 the output folder.</extracomment>
        <translation>échantillonnage de %1 images en %2 lots d&apos;au plus %3, %4 étapes %5 chacune, sur %6, dans %7</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>these are the original&apos;s defaults (--num_samples 10000, all %1 diffusion steps); for a quick look try --num_samples 16 --timestep_respacing 50</source>
        <translation>ce sont les valeurs par défaut de l&apos;original (--num_samples 10000, les %1 étapes de diffusion) ; pour un aperçu rapide : --num_samples 16 --timestep_respacing 50</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>estimated time: about %1 (%2 s per step); Ctrl+C stops and keeps the finished batches</source>
        <extracomment>%1 a duration (h:mm:ss, or days and h:mm:ss), %2 seconds per step of one batch.</extracomment>
        <translation>durée estimée : environ %1 (%2 s par étape) ; Ctrl+C arrête et conserve les lots terminés</translation>
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
        <translation>usage : patchdiff convert IN OUT [--dtype float16|bfloat16|float32] [--ema RATE]
                         [--entry NAME]
Convertit un checkpoint entre .pt (torch.save, la disposition de l’original) et
.safetensors, selon l’extension de OUT. Un fichier .safetensors porte les options, les noms
de classes et la provenance du fichier annexe dans ses __metadata__ ; un .pt reçoit un fichier annexe .json.
Les tenseurs sont copiés bit à bit, sauf si --dtype convertit ceux à virgule flottante.
--ema RATE : à partir du modelN d’un entraînement, convertit l’ema_RATE_N voisin.
--entry NAME : le state_dict à prendre dans un fichier qui en contient plusieurs.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>convert needs two files: patchdiff convert IN OUT</source>
        <translation>convert attend deux fichiers : patchdiff convert IN OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote %1 (%2 tensors from %3)</source>
        <extracomment>After patchdiff convert: %1 the file written, %2 how many tensors, %3 the file read.</extracomment>
        <translation>%1 écrit (%2 tenseurs depuis %3)</translation>
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
        <translation>usage : patchdiff score --images DIR|FILE.npz [--labels L] [--json FILE] [options]
        patchdiff score train --data_dir DIR --out NET.pt [--epochs E] [--seed S] [--threads N]
Mesure à quel point un ensemble d’images est proche d’un jeu de données : la distance de
Fréchet (FD) et la KID entre les caractéristiques des images et celles de la partie
d’entraînement des données, la précision et le rappel (Kynkäänniemi et al. 2019, k = 3) et
la précision de classification (la part des images que le classifieur range dans leur classe
demandée), chacune à côté de son plancher : les mêmes mesures pour les images réelles mises
de côté des données (en même nombre, tirées une fois), qu’aucun générateur n’est censé battre.
Les caractéristiques sont l’avant-dernière couche du classifieur d’emoji fourni
(resources/score/emoji64_features.pt) ou de tout réseau TorchScript (--feature_net).
  --images DIR|FILE   dossier de PNG tel que l’écrit `patchdiff sample` (classes tirées des
                      métadonnées de chaque PNG ou d’un préfixe de nom de fichier &lt;class&gt;_ ;
                      *_grid.png ignoré), ou le samples_NxHxWx3.npz de l’original (classes
                      dans arr_1)
  --labels L          les classes demandées, séparées par des virgules (répétées sur les
                      images) ; remplacent celles trouvées avec les images
  --class_accuracy    auto (par défaut : quand les images ont des classes) | on (une erreur
                      sans classes) | off
  --data_dir DIR      le jeu de données (DIR/train, DIR/heldout tels que les écrit
                      `patchdiff data emoji DIR`) ; nécessaire une fois par réseau : ses
                      caractéristiques de référence sont ensuite mises en cache à côté de
                      lui (ou dans ~/.cache/patchdiff) pour les exécutions suivantes
  --feature_net FILE  un réseau de caractéristiques TorchScript (forward : images -&gt; [N, D]
                      caractéristiques ; classify(features) -&gt; logits facultatif ; attributs
                      input_size, input_min, input_max), p. ex. un InceptionV3 exporté
                      (docs/quality.md)
  --feature_input_size S, --feature_input_range LO,HI   quand le module ne l’indique pas
  --kid_subsets 100, --kid_subset_size 1000, --seed 0 (quels sous-ensembles)
  --json FILE         écrire aussi fd, kid, kid_std, precision, recall, class_accuracy,
                      num_images et floor{les mêmes clés} en JSON
  --feature_batch_size 100, --threads N
  --model_path A.pt --num_samples N [--repeats R] [options d’échantillonnage] : échantillonner
                      N images (classes équilibrées : l’image i demande la classe i mod C, ou
                      --class_labels répété) avec la tâche et le bruit de `patchdiff sample`
                      (--timestep_respacing, --sampler, --schedule, --order, --eta,
                      --guidance_scale, --dynamic_threshold, --batch_size, --seed, --device,
                      les options d’échantillonnage et du modèle de l’original) et les
                      évaluer ; avec R &gt; 1, les séries aux graines seed, seed+1, ... donnent
                      la moyenne et l’écart type
score train : entraîne le classifieur de caractéristiques sur DIR/train (classes tirées du
préfixe de nom de fichier &lt;class&gt;_, noms des classes tirés de DIR/classes.json s’il existe)
et indique sa précision sur DIR/heldout après chaque époque ; --epochs 10, --batch_size 64,
--lr 0.002, --seed 0, --threads N.
Le résultat est un fichier TorchScript que tout LibTorch ou PyTorch charge (torch.jit.load).
</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/score_args.cpp" line="+46"/>
        <source>the bundled feature network %1 was not found (set PATCHDIFF_SCORE_DIR, or give --feature_net FILE)</source>
        <extracomment>%1 the bundled network&apos;s file name (emoji64_features.pt).</extracomment>
        <translation>le réseau de caractéristiques fourni %1 est introuvable (définir PATCHDIFF_SCORE_DIR ou indiquer --feature_net FILE)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+54"/>
        <location line="+198"/>
        <location line="+107"/>
        <source>images</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the column of the scored images.</extracomment>
        <translation>images</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>metric</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the metric names (FD, KID, precision, ...).</extracomment>
        <translation>métrique</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="-142"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+3"/>
        <source>floor (held-out real)</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the floor: the same numbers for the data set&apos;s held-out real images.</extracomment>
        <translation>plancher (images réelles mises de côté)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+6"/>
        <source>precision</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: precision as in precision and recall (Kynkäänniemi et al.).</extracomment>
        <translation>précision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recall</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: recall as in precision and recall (Kynkäänniemi et al.).</extracomment>
        <translation>rappel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class accuracy</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: the share of images the classifier puts in their requested class.</extracomment>
        <translation>préc. classif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>images</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: the number of images scored.</extracomment>
        <translation>images</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>score train needs --data_dir DIR (with DIR/train and DIR/heldout) and --out NET.pt</source>
        <translation>score train demande --data_dir DIR (avec DIR/train et DIR/heldout) et --out NET.pt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1/train&apos; has images without a class: name them &lt;class&gt;_&lt;anything&gt;.png</source>
        <extracomment>%1 the data set&apos;s folder (--data_dir).</extracomment>
        <translation>&apos;%1/train&apos; contient des images sans classe : les nommer &lt;class&gt;_&lt;anything&gt;.png</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training the feature classifier on %1 images (%2 classes), %3 held out, %4 epochs, seed %5</source>
        <extracomment>%1 training images, %2 classes, %3 held-out images, %4 epochs, %5 the seed.</extracomment>
        <translation>entraînement du classifieur de caractéristiques sur %1 images (%2 classes), %3 mises de côté, %4 époques, graine %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>train</source>
        <comment>progress label</comment>
        <extracomment>Progress label while `patchdiff score train` trains the feature classifier.</extracomment>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>epoch %1: loss %2, held-out accuracy %3</source>
        <extracomment>After each epoch of `score train`: %1 the epoch, %2 its mean training loss, %3 the classifier&apos;s accuracy on the held-out images.</extracomment>
        <translation>époque %1 : perte %2, précision sur les images mises de côté %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>held-out accuracy per class:</source>
        <extracomment>Followed by each class&apos;s name and its accuracy on the held-out images.</extracomment>
        <translation>précision par classe sur les images mises de côté :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote %1 (held-out accuracy %2)</source>
        <extracomment>%1 the classifier&apos;s file, %2 its accuracy on the held-out images after the last epoch.</extracomment>
        <translation>%1 écrit (précision sur les images mises de côté %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give --num_samples N with --model_path (the images per seed set; 500 or more for a stable FD)</source>
        <translation>indiquer --num_samples N avec --model_path (les images par série de graine ; 500 ou plus pour une FD stable)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--num_samples must be at least 2, --batch_size and --repeats at least 1</source>
        <translation>--num_samples doit valoir au moins 2, --batch_size et --repeats au moins 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model makes %1x%1 images but the reference data are %2x%2</source>
        <extracomment>%1 the side of the model&apos;s (square) images, %2 that of the data set&apos;s images.</extracomment>
        <translation>le modèle produit des images de %1x%1 mais les données de référence sont en %2x%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seed %1</source>
        <extracomment>Progress label while sampling the images of one seed set: %1 the seed.</extracomment>
        <translation>graine %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 images x %2 seed sets of %3 (%4, %5 steps, guidance %6) against %7 train images</source>
        <extracomment>Above the score table: %1 images per seed set, %2 seed sets, %3 the checkpoint(s), %4 the sampler, %5 its steps, %6 the guidance scale, %7 the images of the data set&apos;s train split.</extracomment>
        <translation>%1 images x %2 séries de graines de %3 (%4, %5 étapes, guidage %6) contre %7 images d’entraînement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean over seeds</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the column of the scored images, with several seed sets: the mean of their numbers.</extracomment>
        <translation>moyenne des graines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FD spread</source>
        <comment>score table row</comment>
        <extracomment>A row below the score table: FD (the Fréchet distance, a name: keep it) and its spread over the seed sets.</extracomment>
        <translation>dispersion FD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(standard deviation over %1 seed sets; KID&apos;s +- above is over subsets)</source>
        <extracomment>After the FD spread row: %1 the number of seed sets. The +- is the KID row&apos;s.</extracomment>
        <translation>(écart type sur %1 séries de graines ; le +- de KID ci-dessus porte sur les sous-ensembles)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>give either --images DIR|FILE.npz or --model_path A.pt --num_samples N (see patchdiff score --help)</source>
        <translation>indiquer soit --images DIR|FILE.npz, soit --model_path A.pt --num_samples N (voir patchdiff score --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--class_accuracy must be auto, on or off, got &apos;%1&apos;</source>
        <translation>--class_accuracy doit valoir auto, on ou off, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; does not say the requested class of every image (an .npz needs arr_1, PNGs a label in their metadata or a &lt;class&gt;_ name prefix): class accuracy needs them; give --labels or --class_accuracy off</source>
        <extracomment>%1 the images given with --images (a folder or an .npz file).</extracomment>
        <translation>&apos;%1&apos; n’indique pas la classe demandée de chaque image (un .npz demande arr_1, des PNG une étiquette dans leurs métadonnées ou un préfixe de nom &lt;class&gt;_) : la précision de classification en a besoin ; indiquer --labels ou --class_accuracy off</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>class accuracy needs a feature network with a classify method; &apos;%1&apos; has none</source>
        <extracomment>%1 the feature network&apos;s file.</extracomment>
        <translation>la précision de classification demande un réseau de caractéristiques doté d’une méthode classify ; &apos;%1&apos; n’en a pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the images&apos; classes reach %1 but the feature network knows %2 classes</source>
        <extracomment>%1 the highest class index of the images, %2 the number of classes the network tells apart.</extracomment>
        <translation>les classes des images vont jusqu’à %1 mais le réseau de caractéristiques connaît %2 classes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 images of %2 against %3 train images (feature network %4)</source>
        <extracomment>Above the score table: %1 images scored, %2 where they came from (--images), %3 the images of the data set&apos;s train split, %4 the feature network&apos;s file name.</extracomment>
        <translation>%1 images de %2 contre %3 images d’entraînement (réseau de caractéristiques %4)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::BranchDialog</name>
    <message>
        <location filename="../ui/inspect/branch_dialog.cpp" line="+22"/>
        <source>Continue from Step %1</source>
        <translation>Continuer depuis l’étape %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Seed of the remaining steps&apos; noise (the parent&apos;s seed continues it unchanged)</source>
        <translation>Graine du bruit des étapes restantes (la graine du parent le poursuit à l’identique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the parent run</source>
        <translation>Comme l’exécution parente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Guidance scale:</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off (translations/GLOSSARY.md).</extracomment>
        <translation>Échelle de &amp;guidage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sampler:</source>
        <translation>É&amp;chantillonneur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eta:</source>
        <translation>&amp;Eta :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed of the remaining noise:</source>
        <extracomment>Seed: the number a run&apos;s random noise is drawn from (translations/GLOSSARY.md).</extracomment>
        <translation>Grai&amp;ne du bruit restant :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Checkpoint:</source>
        <extracomment>Checkpoint: a .pt file with a model&apos;s trained weights (translations/GLOSSARY.md).</extracomment>
        <translation>Chec&amp;kpoint :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::CompareColumnView</name>
    <message>
        <location filename="../ui/compare/compare_column_view.cpp" line="+61"/>
        <source>waiting…</source>
        <translation>en attente…</translation>
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
        <translation>Échelle de guidage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (respacing)</source>
        <extracomment>Respacing: sampling with fewer, evenly spread timesteps of the diffusion (--timestep_respacing).</extracomment>
        <translation>Étapes (réespacement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <extracomment>Schedule: which noise levels a run&apos;s steps visit (uniform, karras, exponential, trailing).</extracomment>
        <translation>Calendrier</translation>
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
        <translation>Force (image d’entrée)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 GFLOP/pass x%2</source>
        <extracomment>GFLOP per image per network pass; &quot;x%2&quot;: two passes per step when guiding.</extracomment>
        <translation>%1 GFLOP/passe x%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GFLOP/pass</source>
        <translation>%1 GFLOP/passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed-up x%1</source>
        <extracomment>Time of the first column divided by this one&apos;s, per image.</extracomment>
        <translation>accélération x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RMS to first %1</source>
        <extracomment>Root mean square difference of this column&apos;s images to the first column&apos;s, in [-1, 1] units.</extracomment>
        <translation>RMS / première %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FD %1 · class accuracy %2 (%3 images)</source>
        <extracomment>A scored column: %1 its Fréchet distance (FD, keep the abbreviation), %2 the share of its images the classifier puts in the requested class, %3 how many images were scored.</extracomment>
        <translation>FD %1 · précision de classification %2 (%3 images)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FD %1 (%2 images)</source>
        <translation>FD %1 (%2 images)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare — Patch Diffusion Studio</source>
        <translation>Comparaison — Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check 2 to 4 checkpoints of one image size</source>
        <translation>Cocher 2 à 4 checkpoints de même taille d’image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 6 comma-separated values of the varied setting</source>
        <translation>2 à 6 valeurs du réglage varié, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values, e.g. 1,1.5,3</source>
        <translation>valeurs, p. ex. 1,1.5,3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align by step</source>
        <translation>Aligner par étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align by SNR</source>
        <translation>Aligner par SNR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Comparison</source>
        <translation>&amp;Lancer la comparaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Sheet…</source>
        <translation>&amp;Exporter la planche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score Columns</source>
        <translation>É&amp;valuer les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the comparison, then make this many more images per column and measure them against the data set: Fréchet distance and class accuracy (see patchdiff score)</source>
        <translation>Lancer la comparaison, puis produire autant d’images supplémentaires par colonne et les mesurer par rapport au jeu de données : distance de Fréchet et précision de classification (voir patchdiff score)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> images per column</source>
        <extracomment>Suffix of the number of images each column is scored on (&quot;100 images per column&quot;).</extracomment>
        <translation> images par colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images scored per column</source>
        <translation>Images évaluées par colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 or more for a stable Fréchet distance; 100 shows the order of large differences</source>
        <translation>500 ou plus pour une distance de Fréchet stable ; 100 montre l’ordre en cas de grandes différences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data Folder…</source>
        <translation>&amp;Dossier de données…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns differ in:</source>
        <translation>Les colonnes diffèrent par :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compare step</source>
        <translation>Étape de comparaison</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+406"/>
        <source>Column</source>
        <translation>Colonne</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>GFLOP / pass</source>
        <translation>GFLOP / passe</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>ms / step (median)</source>
        <translation>ms / étape (médiane)</translation>
    </message>
    <message>
        <location line="-405"/>
        <location line="+406"/>
        <source>Total s</source>
        <translation>Total s</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>Speed-up</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>GFLOP ratio</source>
        <translation>Rapport GFLOP</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>RMS to first</source>
        <translation>RMS / première</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Data Folder for Scoring (with train/ and heldout/)</source>
        <translation>Dossier de données pour l’évaluation (avec train/ et heldout/)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Comparison Sheet</source>
        <translation>Exporter la planche de comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>scoring column %1 of %2 · %3 of %4 images</source>
        <extracomment>Progress while a column&apos;s scored images are made: %1 the column, %2 of how many, %3 images finished, %4 of how many.</extracomment>
        <translation>évaluation de la colonne %1 sur %2 · %3 images sur %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 of %2 · step %3 of %4</source>
        <translation>colonne %1 sur %2 · étape %3 sur %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (P=%2)</source>
        <translation>%1 (P=%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>from the input image at strength %1</source>
        <translation>depuis l’image d’entrée à la force %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the input image</source>
        <translation>depuis l’image d’entrée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data set scores are measured against (with train/ and heldout/): needed once, until its features are cached</source>
        <translation>Le jeu de données par rapport auquel les scores sont mesurés (avec train/ et heldout/) : nécessaire une fois, jusqu’à ce que ses caractéristiques soient en cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores are measured against %1</source>
        <translation>Les scores sont mesurés par rapport à %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check 2 to 4 checkpoints to compare (%1 checked).</source>
        <translation>Cocher 2 à 4 checkpoints à comparer (%1 cochés).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load a model first: a setting is compared on the loaded checkpoint.</source>
        <translation>Charger d’abord un modèle : un réglage se compare sur le checkpoint chargé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give 2 to 6 comma-separated values (%1 given).</source>
        <translation>Indiquer 2 à 6 valeurs séparées par des virgules (%1 données).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strength is compared on an input image: open one in the Input dock (or use a tile as input).</source>
        <translation>La force se compare sur une image d’entrée : en ouvrir une dans le panneau Image d’entrée (ou utiliser une vignette comme entrée).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring measures images made from noise: clear the Input dock&apos;s image to score the columns.</source>
        <translation>L’évaluation mesure des images produites à partir du bruit : effacer l’image du panneau Image d’entrée pour évaluer les colonnes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location line="-395"/>
        <location line="+455"/>
        <source>P=%1  %2 ms/step</source>
        <translation>P=%1  %2 ms/étape</translation>
    </message>
    <message>
        <location line="-451"/>
        <location line="+452"/>
        <source>total %1 s</source>
        <translation>total %1 s</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guidance %1</source>
        <translation>guidage %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared (from the Sampling panel): %1</source>
        <extracomment>%1 the settings every column shares, joined by &quot; · &quot;.</extracomment>
        <translation>Commun (du panneau Échantillonnage) : %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>column %1 of %2</source>
        <translation>colonne %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running · step %1 of %2</source>
        <translation>en cours · étape %1 sur %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>step %1 / %2 · ln SNR %3</source>
        <translation>étape %1 / %2 · ln SNR %3</translation>
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
        <translation>Précision de classification</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Floor (as many held-out real images): FD %1</source>
        <translation>Plancher (autant d’images réelles mises de côté) : FD %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Measured time vs compute per step</source>
        <translation>Temps mesuré et calcul par étape</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ms / step (measured, median)</source>
        <translation>ms / étape (mesuré, médiane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>GFLOP / step</source>
        <translation>GFLOP / étape</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>ms / step</source>
        <translation>ms / étape</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quality vs compute</source>
        <extracomment>Title of the chart of each scored column&apos;s Fréchet distance against its compute per finished image.</extracomment>
        <translation>Qualité et calcul</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GFLOP per finished image</source>
        <translation>GFLOP par image terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fréchet distance (lower is better)</source>
        <translation>Distance de Fréchet (plus basse = meilleure)</translation>
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
        <translation>plancher : images réelles mises de côté (FD %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run a comparison first.</source>
        <translation>Lancer d’abord une comparaison.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the comparison sheet: %1</source>
        <translation>Impossible d’écrire la planche de comparaison : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::FilmstripView</name>
    <message>
        <location filename="../ui/inspect/filmstrip_view.cpp" line="+18"/>
        <source>Filmstrip</source>
        <translation>Pellicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every k-th step of the focused image; click to show that step</source>
        <translation>Une étape sur k de l’image sélectionnée ; cliquer pour afficher cette étape</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The filmstrip of the focused image appears here during a run</source>
        <translation>La pellicule de l’image sélectionnée apparaît ici pendant une exécution</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::FlagsView</name>
    <message>
        <location filename="../ui/models/flags_view.cpp" line="+23"/>
        <source>user</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the user&apos;s entry.</extracomment>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sidecar</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the checkpoint&apos;s .json sidecar file.</extracomment>
        <translation>fichier annexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: read from the weights&apos; tensor shapes.</extracomment>
        <translation>poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the original&apos;s default.</extracomment>
        <translation>défaut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flag</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved flags</source>
        <translation>Options résolues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste MODEL_FLAGS, e.g. --image_size 64 --patch_size 4</source>
        <translation>Coller MODEL_FLAGS, p. ex. --image_size 64 --patch_size 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply flags</source>
        <translation>Appliquer les options</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Editable: the weights do not decide %1</source>
        <translation>Modifiable : les poids ne fixent pas %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the weights</source>
        <translation>Lu dans les poids</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>user (pending)</source>
        <translation>utilisateur (en attente)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot apply the flags: %1</source>
        <extracomment>%1: what is wrong with a pasted MODEL_FLAGS string (English, from the core), e.g. &quot;unknown flag --num_head; did you mean --num_heads?&quot;.</extracomment>
        <translation>Impossible d&apos;appliquer les options : %1</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::InputPanel</name>
    <message>
        <location filename="../ui/input/input_panel.cpp" line="+39"/>
        <source>Open Image…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start runs from noise again</source>
        <translation>Faire de nouveau partir les exécutions du bruit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How far into the noise the image goes before the model takes over: near 0 keeps it, 0.5 keeps its layout, 1 starts from noise</source>
        <translation>Jusqu’où l’image va dans le bruit avant que le modèle prenne le relais : près de 0 elle est conservée, 0,5 garde sa composition, 1 part du bruit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush radius in image pixels</source>
        <translation>Rayon du pinceau en pixels de l’image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint with the left button to keep (the right button always erases)</source>
        <translation>Peindre avec le bouton gauche la partie à conserver (le bouton droit efface toujours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <extracomment>Clears the inpainting mask (the row is labelled &quot;Mask&quot;).</extracomment>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invert</source>
        <extracomment>Inverts the inpainting mask (the row is labelled &quot;Mask&quot;).</extracomment>
        <translation>Inverser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RePaint&apos;s resampling: at every 10th step go back 10 steps and come down again, this many times (harmonises the border, costs steps)</source>
        <translation>Rééchantillonnage de RePaint : toutes les 10 étapes, remonter de 10 étapes puis redescendre, autant de fois (harmonise la bordure, coûte des étapes)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask brush</source>
        <translation>Pinceau de masque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resample jumps</source>
        <translation>Sauts de rééchantillonnage</translation>
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
        <translation>Les exécutions partent du bruit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpainting: the magenta part is regenerated at strength %1; the rest keeps the image&apos;s pixels exactly.</source>
        <translation>Inpainting : la partie magenta est régénérée à la force %1 ; le reste garde exactement les pixels de l’image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image-to-image at strength %1: every image of the batch is a variation (its own seed). Paint a mask to regenerate one part only.</source>
        <translation>Image vers image à la force %1 : chaque image du lot est une variation (avec sa propre graine). Peindre un masque pour ne régénérer qu’une partie.</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::Inspector</name>
    <message>
        <location filename="../ui/inspect/inspector.cpp" line="+63"/>
        <source>Plots</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Play / Pause Trajectory</source>
        <translation>&amp;Lire / mettre en pause la trajectoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Back</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Forward</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from This Step…</source>
        <translation>&amp;Continuer depuis cette étape…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;Filmstrip…</source>
        <translation>Exporter la pellic&amp;ule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation of Image…</source>
        <translation>Exporter l’&amp;animation de l’image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Animation of &amp;Grid…</source>
        <translation>Exporter l’animation de la &amp;grille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;lots and CSV…</source>
        <translation>Exporter les graphi&amp;ques et le CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trajectory &amp;Memory Budget…</source>
        <translation>&amp;Budget mémoire des trajectoires…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run %1 dropped its trajectory to keep the session within the %2 memory budget.</source>
        <translation>L’exécution %1 a abandonné sa trajectoire pour maintenir la session dans le budget mémoire de %2.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>t=%1 · ln SNR %2 · %3</source>
        <translation>t=%1 · ln SNR %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · showing step %1</source>
        <translation> · étape %1 affichée</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no recorded trajectory to continue from.</source>
        <translation>Aucune trajectoire enregistrée à partir de laquelle continuer.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The checkpoint %1 is not in the catalog.</source>
        <translation>Le checkpoint %1 n’est pas dans le catalogue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The branch runs with %1, so the Models dock now holds it; choose another model there to go back.</source>
        <translation>La branche s’exécute avec %1 : le panneau Modèles le contient désormais ; choisissez-y un autre modèle pour revenir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continues exactly from the recorded float x_t of step %1.</source>
        <translation>Reprend exactement à partir du x_t flottant enregistré de l’étape %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the 8-bit x_t of step %1 was kept (memory budget): the continuation is approximate.</source>
        <translation>Seul le x_t 8 bits de l’étape %1 a été conservé (budget mémoire) : la suite est approximative.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1&apos;s trajectory was dropped for the memory budget: its images, plots and settings remain.</source>
        <translation>La trajectoire de l’exécution %1 a été abandonnée pour le budget mémoire : ses images, graphiques et réglages restent.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>There is no run on view.</source>
        <translation>Aucune exécution affichée.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not export the filmstrip: %1</source>
        <translation>Impossible d’exporter la pellicule : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export the animation: %1</source>
        <translation>Impossible d’exporter l’animation : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 (%2 frames)</source>
        <translation>%1 écrit (%2 images)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not export the plots: %1</source>
        <translation>Impossible d’exporter les graphiques : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 files to %2</source>
        <translation>%1 fichiers écrits dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Filmstrip</source>
        <translation>Exporter la pellicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Animation</source>
        <translation>Exporter l’animation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GIF animations (*.gif)</source>
        <translation>Animations GIF (*.gif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Plots and CSV to Folder</source>
        <translation>Exporter les graphiques et le CSV dans un dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trajectory Memory Budget</source>
        <translation>Budget mémoire des trajectoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory for recorded trajectories of all runs (MiB):</source>
        <translation>Mémoire pour les trajectoires enregistrées de toutes les exécutions (Mio) :</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/window/language_menu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system language</source>
        <translation>la langue du système</translation>
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
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;Exporter l’image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;All…</source>
        <translation>Exporter &amp;tout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copier l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/window/main_window_outputs.cpp" line="+68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Patch Diffusion Studio</source>
        <translation>À &amp;propos de Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>x0 &amp;Prediction</source>
        <extracomment>x0 prediction: the network&apos;s estimate of the clean image x_0 at the current step; keep &quot;x0&quot; (translations/GLOSSARY.md).</extracomment>
        <translation>&amp;Prédiction x0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noisy &amp;x_t</source>
        <extracomment>x_t: the noisy image at step t that the sampler denoises; keep the symbol &quot;x_t&quot;.</extracomment>
        <translation>x_t &amp;bruité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Both Side by Side</source>
        <translation>&amp;Les deux côte à côte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Image…</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of File &gt; Export Image; may be shorter than the menu text.</extracomment>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Image</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of Edit &gt; Copy Image; may be shorter than the menu text.</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both Side by Side</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of View &gt; Both Side by Side; may be shorter than the menu text.</extracomment>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to Window</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of View &gt; Fit to Window; may be shorter than the menu text.</extracomment>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patch Diffusion Studio will use %1 from its next start.</source>
        <translation>Patch Diffusion Studio utilisera %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <extracomment>The name of the main window&apos;s toolbar (shown where toolbars can be hidden).</extracomment>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>%1 loads when the current run ends.</source>
        <extracomment>%1 a checkpoint&apos;s file name.</extracomment>
        <translation>%1 sera chargé à la fin de l’exécution en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The user guide is not installed here (share/doc/patchdiff/user-guide.md beside the program).</source>
        <translation>Le guide de l’utilisateur n’est pas installé ici (share/doc/patchdiff/user-guide.md à côté du programme).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program here opens %1: open it with a text editor or a Markdown viewer.</source>
        <translation>Aucun programme ici n’ouvre %1 : ouvrez-le avec un éditeur de texte ou un visualiseur Markdown.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Patch Diffusion Studio</source>
        <translation>À propos de Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Patch Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Sample and inspect patch diffusion models; the patchdiff command line also trains them.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · LibTorch %4&lt;/p&gt;&lt;p&gt;Bundled models:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Patch Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Échantillonner et inspecter des modèles de diffusion par patchs ; la ligne de commande patchdiff les entraîne aussi.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3) · LibTorch %4&lt;/p&gt;&lt;p&gt;Modèles fournis :&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;none found&lt;/li&gt;</source>
        <translation>&lt;li&gt;aucun trouvé&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_files.cpp" line="+65"/>
        <source>No bundled models were found: open a checkpoint (Ctrl+O) or set PATCHDIFF_MODELS_DIR.</source>
        <translation>Aucun modèle fourni n’a été trouvé : ouvrir un checkpoint (Ctrl+O) ou définir PATCHDIFF_MODELS_DIR.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no run description: it is now the input image (Input Image dock)</source>
        <translation>%1 n’a pas de description d’exécution : c’est désormais l’image d’entrée (panneau Image d’entrée)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot restore from %1: %2</source>
        <translation>Impossible de restaurer depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was made with %2, which is not on this machine: open that checkpoint first, then the PNG.</source>
        <translation>%1 a été créé avec %2, absent de cette machine : ouvrir d’abord ce checkpoint, puis le PNG.</translation>
    </message>
    <message>
        <location filename="../ui/export/run_autosave.cpp" line="-52"/>
        <location filename="../ui/window/main_window_files.cpp" line="+38"/>
        <source>seed %1 #%2</source>
        <extracomment>Caption under a sample: %1 the seed, %2 the image&apos;s index in the run.</extracomment>
        <translation>graine %1 n° %2</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_files.cpp" line="-9"/>
        <source>restored from %1</source>
        <extracomment>Where the input image came from: %1 the PNG it was restored from.</extracomment>
        <translation>restaurée depuis %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 cannot be regenerated exactly: it started from injected noise, which its file does not hold. Its settings are restored.</source>
        <translation>%1 ne peut pas être régénérée à l&apos;identique : elle est partie d&apos;un bruit injecté que le fichier ne contient pas. Ses réglages sont restaurés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 continued another run from step %2 with other settings; its file holds that run&apos;s recipe and the x_t of step %2, so it regenerates exactly.</source>
        <translation>%1 a poursuivi une autre exécution à partir de l&apos;étape %2 avec d&apos;autres réglages ; son fichier contient la recette de cette exécution et le x_t de l&apos;étape %2 : elle se régénère à l&apos;identique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 continued another run from the 8-bit x_t of step %2 (an approximate continuation); its file holds that x_t, so it regenerates exactly as it was made.</source>
        <translation>%1 a poursuivi une autre exécution à partir du x_t 8 bits de l&apos;étape %2 (une continuation approchée) ; son fichier contient ce x_t : elle se régénère exactement comme elle a été faite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the settings of %1 (seed %2, image #%3).</source>
        <translation>Réglages de %1 restaurés (graine %2, image n° %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate?</source>
        <translation>Régénérer ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All settings of %1 are restored. Regenerate the image now?</source>
        <translation>Tous les réglages de %1 sont restaurés. Régénérer l’image maintenant ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 are restored, but a new image from them will differ. Generate it anyway?</source>
        <translation>Les réglages de %1 sont restaurés, mais une nouvelle image sera différente. La générer quand même ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Nothing to export: finish a run first.</source>
        <translation>Rien à exporter : terminer d’abord une exécution.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+35"/>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 already holds %n file(s) of these names (%2). Replace them?</source>
        <translation>
            <numerusform>%1 contient déjà %n fichier de ce nom (%2). Le remplacer ?</numerusform>
            <numerusform>%1 contient déjà %n fichiers de ces noms (%2). Les remplacer ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1 files in %2</source>
        <translation>%1 fichiers enregistrés dans %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied image %1</source>
        <translation>Image %1 copiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied the grid</source>
        <translation>Grille copiée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Checkpoint or Sample</source>
        <translation>Ouvrir un checkpoint ou un échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints and samples (*.pt *.safetensors *.png);;Checkpoints (*.pt *.safetensors);;Samples (*.png);;Input images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Checkpoints et échantillons (*.pt *.safetensors *.png);;Checkpoints (*.pt *.safetensors);;Échantillons (*.png);;Images d’entrée (*.png *.jpg *.jpeg *.bmp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export All Into Folder</source>
        <translation>Tout exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_run.cpp" line="+34"/>
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint differs from the one that made this image (SHA-256 mismatch): the regenerated image will differ.</source>
        <translation>Le checkpoint diffère de celui qui a produit cette image (SHA-256 différent) : l’image régénérée sera différente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not load the model: %1</source>
        <translation>Impossible de charger le modèle : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sampling failed: %1</source>
        <translation>Échec de l’échantillonnage : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model is loaded: choose a checkpoint in the Models panel or open one (Ctrl+O).</source>
        <translation>Aucun modèle chargé : choisir un checkpoint dans le panneau Modèles ou en ouvrir un (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l’étape en cours…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled at step %1</source>
        <translation>annulé à l’étape %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled after %1 steps: showing the last x0 prediction</source>
        <translation>Annulé après %1 étapes : affichage de la dernière prédiction x0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done: %1 steps in %2 s</source>
        <translation>terminé : %1 étapes en %2 s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Regenerated image is identical to the file.</source>
        <translation>L’image régénérée est identique au fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerated image differs from the file in %1 pixels (at most %2 levels).</source>
        <translation>L’image régénérée diffère du fichier sur %1 pixels (au plus %2 niveaux).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_outputs.cpp" line="-44"/>
        <source>Sa&amp;ve Finished Runs Automatically</source>
        <translation>Enregistrer automatiquement les exécutions &amp;terminées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every finished run&apos;s images, with their settings, go to the outputs folder</source>
        <translation>Les images de chaque exécution terminée, avec leurs réglages, vont dans le dossier de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs &amp;Folder…</source>
        <translation>&amp;Dossier de sortie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs Folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished runs are saved in %1, one subfolder per day.</source>
        <translation>Les exécutions terminées sont enregistrées dans %1, un sous-dossier par jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Outputs Folder</source>
        <translation>Ouvrir le dossier de sortie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the run in the outputs folder: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution dans le dossier de sortie : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n image(s) in %1</source>
        <translation>
            <numerusform>%n image enregistrée dans %1</numerusform>
            <numerusform>%n images enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit while sampling?</source>
        <translation>Quitter pendant l&apos;échantillonnage ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is still going; quitting stops it and its images are lost. Runs that finished are kept in the outputs folder.</source>
        <translation>Une exécution est en cours ; quitter l&apos;arrête et ses images sont perdues. Les exécutions terminées restent dans le dossier de sortie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_input.cpp" line="-38"/>
        <source>Input Image</source>
        <translation>Image d’entrée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;Image as Input…</source>
        <translation>Ouvrir une &amp;image comme entrée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use as Input</source>
        <translation>&amp;Utiliser comme entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the next runs from the selected image</source>
        <translation>Faire partir les prochaines exécutions de l’image sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>&amp;Variations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A batch of variations of the selected image (its own seed each)</source>
        <translation>Un lot de variations de l’image sélectionnée (chacune avec sa propre graine)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Input Image</source>
        <translation>Ouvrir une image d’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2×%3: resized to %4×%4 as training resizes images</source>
        <translation>%1 fait %2×%3 : redimensionnée en %4×%4 comme l’entraînement redimensionne les images</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot use %1 as the input image: %2</source>
        <translation>Impossible d’utiliser %1 comme image d’entrée : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an image first (click a tile).</source>
        <translation>Sélectionner d’abord une image (cliquer sur une vignette).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tile %1</source>
        <extracomment>Where the input image came from: %1 the tile&apos;s caption (class · seed S #i).</extracomment>
        <translation>vignette %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>variations of %1</source>
        <translation>variations de %1</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MaskEditor</name>
    <message>
        <location filename="../ui/input/mask_editor.cpp" line="+16"/>
        <source>Paint the part to regenerate (left button); the right button erases</source>
        <translation>Peindre la partie à régénérer (bouton gauche) ; le bouton droit efface</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No input image: generation starts from noise.
Drop a PNG or JPEG here, or use a tile (Image &gt; Use as Input).</source>
        <translation>Aucune image d’entrée : la génération part du bruit.
Déposer un PNG ou un JPEG ici, ou utiliser une vignette (Image &gt; Utiliser comme entrée).</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MessageBar</name>
    <message>
        <location filename="../ui/window/message_bar.cpp" line="+20"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
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
        <translation>Taille de patch :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open checkpoint…</source>
        <translation>Ouvrir un checkpoint…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .pt checkpoint (or drop one on the window)</source>
        <translation>Ouvrir un checkpoint .pt (ou le déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opened checkpoints</source>
        <translation>Checkpoints ouverts</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use %1 (patch size %2)</source>
        <translation>Utiliser %1 (taille de patch %2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>
%1×%1 px, P=%2, %3 classes, %4 M parameters, %5 GFLOP per image, %6 schedule, T=%7</source>
        <translation>
%1×%1 px, P=%2, %3 classes, %4 M paramètres, %5 GFLOP par image, calendrier %6, T=%7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
SNR splits: %1 models</source>
        <translation>
Découpage SNR : %1 modèles</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::PlotPanel</name>
    <message>
        <location filename="../ui/inspect/plot_panel.cpp" line="+31"/>
        <source>Filled in as a run
records its steps</source>
        <translation>Se remplit quand une exécution
enregistre ses étapes</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>log SNR</source>
        <translation>log SNR</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ln SNR</source>
        <translation>ln SNR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x0 change per step</source>
        <translation>Variation de x0 par étape</translation>
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
        <translation>sélectionnée</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>batch mean</source>
        <translation>moyenne du lot</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>x0 energy above ½ Nyquist</source>
        <translation>Énergie de x0 au-dessus de ½ Nyquist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fraction</source>
        <translation>fraction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guidance gap / threshold s</source>
        <translation>écart de guidage / seuil s</translation>
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
        <translation>écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time per step</source>
        <translation>temps par étape</translation>
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
        <translation>étape</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>running mean</source>
        <translation>moyenne glissante</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>There is no run to export plots of.</source>
        <translation>Aucune exécution dont exporter les graphiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RecentFiles</name>
    <message>
        <location filename="../ui/window/recent_files.cpp" line="+16"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RunHistoryView</name>
    <message>
        <location filename="../ui/inspect/run_history_view.cpp" line="+11"/>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run %1 · %2</source>
        <extracomment>A run saved in the outputs folder by an earlier session: %1 its day and number there (&quot;2026-12-07 #3&quot;), %2 the checkpoint.</extracomment>
        <translation>Exécution %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 · %2</source>
        <translation>Enregistrée %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps · %2 · guidance %3 · seed %4</source>
        <translation>%1 étapes · %2 · guidage %3 · graine %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↳ branch of run %1 at step %2</source>
        <translation>↳ branche de l’exécution %1 à l’étape %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled at step %1</source>
        <translation>annulé à l’étape %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final images only (from the outputs folder)</source>
        <translation>images finales seulement (du dossier de sortie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trajectory dropped (memory budget)</source>
        <translation>trajectoire abandonnée (budget mémoire)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RunStatus</name>
    <message>
        <location filename="../ui/window/run_status.cpp" line="+13"/>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device and precision of the run</source>
        <translation>Périphérique et précision de l’exécution</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step %v of %m</source>
        <translation>étape %v sur %m</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps/s · ETA %2 s</source>
        <translation>%1 étapes/s · reste %2 s</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SampleCanvas</name>
    <message>
        <location filename="../ui/inspect/sample_canvas.cpp" line="+31"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Press Generate (Ctrl+Return) to sample</source>
        <translation>Appuyer sur Générer (Ctrl+Entrée) pour échantillonner</translation>
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
        <translation>Uniforme (original)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karras</source>
        <translation>Karras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential (log-SNR)</source>
        <translation>Exponentiel (log-SNR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailing</source>
        <translation>Trailing</translation>
    </message>
    <message>
        <location filename="../ui/sampling/sampling_panel.cpp" line="+56"/>
        <source>DDIM eta: 0 is deterministic, 1 matches DDPM&apos;s noise</source>
        <translation>Eta de DDIM : 0 est déterministe, 1 reproduit le bruit de DDPM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Respaced sampling steps</source>
        <translation>Étapes d’échantillonnage après réespacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or e.g. ddim25, 10,20,30</source>
        <translation>ou ddim25, 10,20,30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any original --timestep_respacing string; overrides the step count</source>
        <translation>Toute valeur --timestep_respacing de l’original ; remplace le nombre d’étapes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image i of a run uses the noise streams of (seed, i)</source>
        <translation>L’image i d’une exécution utilise les flux de bruit de (graine, i)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new random seed</source>
        <translation>Tirer une nouvelle graine aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this seed for the next runs (otherwise each run draws a new one)</source>
        <translation>Garder cette graine pour les prochaines exécutions (sinon chacune en tire une nouvelle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip x0 to [-1, 1]</source>
        <extracomment>x0: the network&apos;s prediction of the clean image; keep &quot;x0&quot; (translations/GLOSSARY.md).</extracomment>
        <translation>Borner x0 à [-1, 1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto (when guiding)</source>
        <translation>Auto (avec guidage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic thresholding of the x0 prediction</source>
        <translation>Seuillage dynamique de la prédiction x0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>float16 runs the network&apos;s torso in half precision (CUDA only)</source>
        <translation>float16 calcule le tronc du réseau en demi-précision (CUDA seulement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the preview every N steps (every step is still recorded)</source>
        <translation>Mettre à jour l’aperçu toutes les N étapes (chaque étape reste enregistrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>Generate (Ctrl+Return)</source>
        <translation>Générer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Sampler / eta:</source>
        <translation>É&amp;chantillonneur / eta :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;teps:</source>
        <extracomment>Steps: how many (respaced) timesteps the sampler takes (translations/GLOSSARY.md).</extracomment>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sc&amp;hedule:</source>
        <extracomment>Schedule: which noise levels a run&apos;s steps visit (uniform, Karras, ...).</extracomment>
        <translation>Ca&amp;lendrier :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guidance:</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off.</extracomment>
        <translation>&amp;Guidage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lass:</source>
        <translation>C&amp;lasse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed:</source>
        <extracomment>Seed: the number a run&apos;s random noise is drawn from.</extracomment>
        <translation>Grai&amp;ne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>Taille de l&amp;ot :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thresholding:</source>
        <translation>&amp;Seuillage :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device:</source>
        <translation>&amp;Périphérique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision:</source>
        <translation>Préc&amp;ision :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview e&amp;very:</source>
        <translation>&amp;Aperçu toutes les :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance scale</source>
        <translation>Échelle de guidage</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unconditional model)</source>
        <translation>(modèle non conditionnel)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This model is unconditional: guidance needs a class-conditional model</source>
        <translation>Ce modèle est non conditionnel : le guidage demande un modèle conditionné par classe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classifier-free guidance scale (1 = off)</source>
        <translation>Échelle du guidage sans classifieur (1 = désactivé)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 steps: this model has %2 diffusion steps, so at most %2.</source>
        <extracomment>%1 the step count typed, %2 the model&apos;s diffusion steps.</extracomment>
        <translation>%1 étapes : ce modèle a %2 étapes de diffusion, donc %2 au plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps &quot;%1&quot; cannot be used: %2</source>
        <extracomment>%1 the respacing text typed, %2 why it cannot be used (from the sampler).</extracomment>
        <translation>Les étapes « %1 » ne sont pas utilisables : %2</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>%1 (passes/step: %2)</source>
        <extracomment>A sampler box entry: the solver&apos;s name and its network passes per step.</extracomment>
        <translation>%1 (passes/étape : %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver; guidance doubles every pass&apos;s batch</source>
        <translation>Solveur ; le guidage double le lot de chaque passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which noise levels the steps visit; DDPM and DDIM use the original&apos;s (uniform)</source>
        <translation>Les niveaux de bruit que visitent les étapes ; DDPM et DDIM utilisent ceux de l’original (uniforme)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SamplingWorker</name>
    <message>
        <location filename="../ui/worker/sampling_worker.cpp" line="+93"/>
        <source>The mask is %1×%2, the input image %3×%4: paint the mask again.</source>
        <translation>Le masque fait %1×%2, l’image d’entrée %3×%4 : repeindre le masque.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Out of memory on %1: lower the batch size, use fewer steps per split, or sample on another device.</source>
        <translation>Mémoire épuisée sur %1 : réduire la taille de lot, utiliser moins d’étapes par modèle du découpage ou échantillonner sur un autre périphérique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No checkpoint given.</source>
        <translation>Aucun checkpoint indiqué.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No model is loaded: choose a checkpoint in the Models panel.</source>
        <translation>Aucun modèle chargé : choisir un checkpoint dans le panneau Modèles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+156"/>
        <source>Device %1: this LibTorch build has no usable CUDA device.</source>
        <translation>Périphérique %1 : cette version de LibTorch n’a aucun périphérique CUDA utilisable.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The batch size must be positive.</source>
        <translation>La taille de lot doit être positive.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>seed %1 #%2</source>
        <extracomment>Caption under a sample: %1 the seed, %2 the image&apos;s index in the run.</extracomment>
        <translation>graine %1 n° %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recorded x_t does not fit this model: branch with a checkpoint of the same image size.</source>
        <translation>Le x_t enregistré ne convient pas à ce modèle : brancher avec un checkpoint de même taille d’image.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The bundled feature network (emoji64_features.pt) was not found: reinstall patchdiff or set PATCHDIFF_SCORE_DIR to its folder.</source>
        <translation>Le réseau de caractéristiques fourni (emoji64_features.pt) est introuvable : réinstaller patchdiff ou définir PATCHDIFF_SCORE_DIR sur son dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring measures images against the data set the feature network describes; its features are computed once, then cached. Choose that data folder (Data Folder…: the one with train/ and heldout/, as `patchdiff data emoji DIR` writes it).</source>
        <translation>L’évaluation mesure les images par rapport au jeu de données que décrit le réseau de caractéristiques ; ses caractéristiques sont calculées une fois, puis mises en cache. Choisir ce dossier de données (Dossier de données… : celui qui contient train/ et heldout/, tel que l’écrit `patchdiff data emoji DIR`).</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SplitsEditor</name>
    <message>
        <location filename="../ui/models/splits_editor.cpp" line="+23"/>
        <source>SNR splits</source>
        <extracomment>SNR splits: several checkpoints, each denoising one band of signal-to-noise ratios (translations/GLOSSARY.md).</extracomment>
        <translation>Découpage SNR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several checkpoints, each denoising one SNR band; highest SNR (least noise) first</source>
        <translation>Plusieurs checkpoints, chacun débruitant une bande de SNR ; SNR le plus élevé (le moins de bruit) d’abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split checkpoints, highest SNR first</source>
        <translation>Checkpoints du découpage, SNR le plus élevé d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkpoint to add</source>
        <translation>Checkpoint à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 0.25 (one fewer than checkpoints)</source>
        <translation>p. ex. 0.25 (une de moins que de checkpoints)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNR boundaries</source>
        <translation>Limites de SNR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where sampling switches checkpoint: the signal-to-noise ratio at which one checkpoint hands over to the next, high to low (SNR falls as noise grows)</source>
        <translation>Où l’échantillonnage change de checkpoint : le rapport signal sur bruit auquel un checkpoint passe la main au suivant, du plus haut au plus bas (le SNR baisse quand le bruit augmente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use these splits</source>
        <translation>Utiliser ce découpage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Boundaries:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Add checkpoints, highest SNR first.</source>
        <translation>Ajouter des checkpoints, SNR le plus élevé d’abord.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n checkpoint(s) need %1 boundaries: a boundary is the SNR at which one checkpoint hands over to the next (e.g. 0.25 between two).</source>
        <extracomment>%n checkpoints in the list, %1 the boundaries they need.</extracomment>
        <translation>
            <numerusform>%n checkpoint demande %1 limites : une limite est le SNR auquel un checkpoint passe la main au suivant (par ex. 0.25 entre deux).</numerusform>
            <numerusform>%n checkpoints demandent %1 limites : une limite est le SNR auquel un checkpoint passe la main au suivant (par ex. 0.25 entre deux).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is %2 px but %3 is %4 px: split models need one image size.</source>
        <translation>%1 fait %2 px mais %3 fait %4 px : les modèles d’un découpage doivent avoir une seule taille d’image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses the %2 schedule but %3 uses %4: split models need one schedule.</source>
        <translation>%1 utilise le calendrier %2 mais %3 utilise %4 : les modèles d’un découpage doivent avoir un seul calendrier.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n checkpoint(s), ready.</source>
        <translation>
            <numerusform>%n checkpoint, prêt.</numerusform>
            <numerusform>%n checkpoints, prêts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::TimelineBar</name>
    <message>
        <location filename="../ui/inspect/timeline_bar.cpp" line="+21"/>
        <source>Play or pause the trajectory</source>
        <translation>Lire ou mettre en pause la trajectoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play trajectory</source>
        <translation>Lire la trajectoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step of the trajectory shown on the canvas (1 = noisiest)</source>
        <translation>Étape de la trajectoire affichée (1 = la plus bruitée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step 0000 / 0000</source>
        <translation>étape 0000 / 0000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue from here…</source>
        <translation>Continuer d’ici…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new run from this step&apos;s x_t with changed settings</source>
        <translation>Démarrer une nouvelle exécution à partir du x_t de cette étape avec d’autres réglages</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>step %1 / %2</source>
        <translation>étape %1 / %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::TrajectoryStore</name>
    <message>
        <location filename="../ui/inspect/trajectory_store.cpp" line="+139"/>
        <source>Trajectory of run %1 dropped to stay within the %2 memory budget</source>
        <translation>Trajectoire de l’exécution %1 abandonnée pour rester dans le budget mémoire de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording 1 step in %1 plus the first and last: the whole trajectory (%2) exceeds the %3 memory budget.</source>
        <translation>Enregistrement d’une étape sur %1, plus la première et la dernière : la trajectoire complète (%2) dépasse le budget mémoire de %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No float x_t kept: branches continue from 8-bit x_t (approximate).</source>
        <translation>Aucun x_t flottant conservé : les branches repartent du x_t 8 bits (approximatif).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Float x_t (exact branching) kept for 1 step in %1 of %2.</source>
        <translation>x_t flottant (branchement exact) conservé pour 1 étape sur %1 des %2.</translation>
    </message>
</context>
</TS>
