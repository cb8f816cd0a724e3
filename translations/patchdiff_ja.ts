<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutNotices</name>
    <message>
        <location filename="../ui/window/about_notices.cpp" line="+18"/>
        <source>&lt;p&gt;Free software under the %1 license, with no warranty.&lt;/p&gt;&lt;p&gt;Third-party libraries:&lt;/p&gt;</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>&lt;p&gt;%1 ライセンスのフリーソフトウェアです (無保証)。&lt;/p&gt;&lt;p&gt;サードパーティ ライブラリ:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../ui/inspect/plot_panel.cpp" line="+67"/>
        <source>Could not write %1: the folder is not writable or the disk is full.</source>
        <translation>%1 を書き込めませんでした: フォルダーに書き込めないか、ディスクがいっぱいです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
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
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 exists already</source>
        <translation>%1 は既に存在します</translation>
    </message>
</context>
<context>
    <name>SampleExporter</name>
    <message>
        <location filename="../ui/export/sample_exporter.cpp" line="+62"/>
        <source>There are no images to export.</source>
        <translation>エクスポートする画像がありません。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 has no &apos;patchdiff&apos; run description (only PNGs written by the studio or `patchdiff sample` can be restored).</source>
        <translation>%1 には &apos;patchdiff&apos; の実行記録がありません (復元できるのは、スタジオまたは `patchdiff sample` が書き出した PNG だけです)。</translation>
    </message>
</context>
<context>
    <name>StudioApp</name>
    <message>
        <location filename="../ui/window/studio_app.cpp" line="+48"/>
        <source>Sample patch diffusion models with a live step-by-step preview.</source>
        <translation>パッチ拡散モデルから、各ステップをライブでプレビューしながらサンプリングします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and the bundled models&apos; folder, and exit.</source>
        <translation>バージョンと同梱モデルのフォルダーを表示して終了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a window of its own instead of handing the files to the studio that is already running.</source>
        <translation>実行中のスタジオにファイルを渡さず、別のウィンドウを開きます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checkpoints (.pt, .safetensors) to load or samples (.png) to restore.</source>
        <translation>読み込むチェックポイント (.pt, .safetensors) または復元するサンプル (.png)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>License: %1, with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>ライセンス: %1 (無保証)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third-party libraries:</source>
        <translation>サードパーティ ライブラリ:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>[FILE...]</source>
        <translation>[ファイル...]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none found (set PATCHDIFF_MODELS_DIR)</source>
        <translation>見つかりません (PATCHDIFF_MODELS_DIR を設定してください)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bundled models: %1</source>
        <translation>同梱モデル: %1</translation>
    </message>
</context>
<context>
    <name>TrajectoryExporter</name>
    <message>
        <location filename="../ui/export/trajectory_exporter.cpp" line="+85"/>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>The run on view has no recorded trajectory to export.</source>
        <translation>表示中の実行には、エクスポートできる記録済みの軌跡がありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 is not part of this run.</source>
        <translation>画像 %1 はこの実行に含まれていません。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../core/diffusion/respacing.cpp" line="+38"/>
        <source>timestep_respacing &apos;%1&apos;: expected &apos;ddimN&apos; with N a whole number of steps, e.g. &apos;ddim50&apos;</source>
        <translation>timestep_respacing &apos;%1&apos;: &apos;ddimN&apos; の形式 (N はステップ数を表す整数。例: &apos;ddim50&apos;) で指定してください</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timestep_respacing &apos;%1&apos;: no integer stride gives exactly %2 of the %3 steps (the nearest possible counts are%4; or use a plain count such as &apos;%2&apos;)</source>
        <translation>timestep_respacing &apos;%1&apos;: %3 ステップからちょうど %2 ステップを得る整数の間隔はありません (可能な最も近いステップ数:%4。または &apos;%2&apos; のような単純な数を指定してください)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>diffusion_steps must be at least 1, got %1</source>
        <translation>diffusion_steps は 1 以上にしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>timestep_respacing &apos;%1&apos;: &apos;%2&apos; is not a whole number; expected &apos;&apos; (all %3 steps), a comma list of step counts per section such as &apos;10,20,30&apos;, or &apos;ddimN&apos;</source>
        <translation>timestep_respacing &apos;%1&apos;: &apos;%2&apos; は整数ではありません。&apos;&apos; (全 %3 ステップ)、&apos;10,20,30&apos; のような区間ごとのステップ数のカンマ区切りリスト、または &apos;ddimN&apos; を指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>timestep_respacing &apos;%1&apos;: step counts must be at least 1, got %2</source>
        <translation>timestep_respacing &apos;%1&apos;: ステップ数は 1 以上にしてください (%2 が指定されました)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>timestep_respacing &apos;%1&apos;: %2 sections cannot divide %3 steps</source>
        <translation>timestep_respacing &apos;%1&apos;: %3 ステップを %2 個の区間に分割できません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>timestep_respacing &apos;%1&apos;: section %2 of %3 has %4 steps and cannot give %5 (at most %4)</source>
        <translation>timestep_respacing &apos;%1&apos;: 区間 %2/%3 は %4 ステップなので %5 ステップは取れません (最大 %4)</translation>
    </message>
    <message>
        <location filename="../core/diffusion/snr_splits.cpp" line="+38"/>
        <source>snr_splits &apos;%1&apos;: &apos;%2&apos; is not a number; expected SNR values from high to low separated by commas, e.g. &apos;0.25&apos; or &apos;1.0,0.25&apos;</source>
        <translation>snr_splits &apos;%1&apos;: &apos;%2&apos; は数値ではありません。SNR の値を高い順にカンマ区切りで指定してください (例: &apos;0.25&apos; や &apos;1.0,0.25&apos;)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 SNR split(s) need %2 models (one per band, high SNR first), got %3; give that many comma-separated model paths or change --snr_splits</source>
        <translation>SNR 分割 %1 個にはモデルが %2 個必要です (帯域ごとに 1 個、SNR の高い順) が、%3 個が指定されました。その数のモデルのパスをカンマ区切りで指定するか、--snr_splits を変更してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SNR split %1 is %2; splits must be positive</source>
        <translation>SNR 分割 %1 は %2 です。分割は正の値にしてください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SNR split %1 (%2) must be below 1e9: list the splits from high SNR to low</source>
        <translation>SNR 分割 %1 (%2) は 1e9 未満にしてください: 分割は SNR の高い順に並べてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNR split %1 (%2) must be below the previous split (%3): list the splits from high SNR to low</source>
        <translation>SNR 分割 %1 (%2) は前の分割 (%3) より小さくしてください: 分割は SNR の高い順に並べてください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no SNR split band holds SNR %1 (bands run from 1e9 to 0)</source>
        <translation>SNR %1 を含む SNR 分割の帯域がありません (帯域は 1e9 から 0 まで)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>uniform_split_%1: there are %2 SNR bands (uniform_split_0 to uniform_split_%3)</source>
        <translation>uniform_split_%1: SNR 帯域は %2 個です (uniform_split_0〜uniform_split_%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>uniform_split_%1: no timestep has an SNR in [%2, %3)</source>
        <translation>uniform_split_%1: SNR が [%2, %3) にあるタイムステップがありません</translation>
    </message>
    <message>
        <location filename="../core/inspect/compare.cpp" line="+51"/>
        <source>--vary eta: %1 is negative (eta &gt;= 0)</source>
        <translation>--vary eta: %1 は負の値です (eta &gt;= 0)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vary timestep_respacing: an empty value</source>
        <translation>--vary timestep_respacing: 空の値があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vary strength: %1 is outside (0, 1]</source>
        <translation>--vary strength: %1 は (0, 1] の範囲外です</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checkpoints of different image size: &apos;%1&apos; makes %2x%2 images, &apos;%3&apos; %4x%4; compared columns share x_T, so they need one image size</source>
        <translation>画像サイズの異なるチェックポイント: &apos;%1&apos; は %2x%2、&apos;%3&apos; は %4x%4 の画像を生成します。比較する列は x_T を共有するため、画像サイズを揃える必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>checkpoints with different classes: &apos;%1&apos; has %2 classes, &apos;%3&apos; %4 (0 = unconditional); compared columns share their class labels</source>
        <translation>クラスの異なるチェックポイント: &apos;%1&apos; は %2 クラス、&apos;%3&apos; は %4 クラスです (0 = 無条件)。比較する列はクラスラベルを共有します</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--vary: unknown setting &apos;%1&apos; (settings that can vary: guidance_scale, timestep_respacing (or steps), sampler, schedule, eta; compare checkpoints with --model_path a.pt,b.pt)</source>
        <translation>--vary: 不明な設定 &apos;%1&apos; (変化させられる設定: guidance_scale、timestep_respacing (または steps)、sampler、schedule、eta。チェックポイントの比較は --model_path a.pt,b.pt で行います)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--vary &apos;%1&apos;: expected setting=v1,v2,... (e.g. guidance_scale=1,1.5,3)</source>
        <translation>--vary &apos;%1&apos;: setting=v1,v2,... の形式で指定してください (例: guidance_scale=1,1.5,3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>--vary %1: %2 value(s) given, compare needs %3 to %4</source>
        <translation>--vary %1: 値が %2 個指定されましたが、compare には %3〜%4 個必要です</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>compare needs %1 to %2 checkpoints (--model_path a.pt,b.pt,...), got %3; to compare settings of one checkpoint use --vary setting=v1,v2</source>
        <translation>compare にはチェックポイントが %1〜%2 個必要です (--model_path a.pt,b.pt,...) が、%3 個が指定されました。1 つのチェックポイントで設定を比較するには --vary setting=v1,v2 を使ってください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compare: values given, but no setting varies</source>
        <translation>compare: 値が指定されましたが、変化させる設定がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--vary %1 compares one checkpoint, got %2 (give several checkpoints without --vary)</source>
        <translation>--vary %1 は 1 つのチェックポイントで比較しますが、%2 個が指定されました (複数のチェックポイントは --vary なしで指定してください)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--num_samples and --batch_size must be positive</source>
        <translation>--num_samples と --batch_size は正の値にしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the x0 preview interval must be 0 (none) or positive</source>
        <translation>x0 プレビューの間隔は 0 (なし) か正の値にしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring needs at least 2 images per column and a positive batch size, got %1</source>
        <translation>評価には列ごとに 2 枚以上の画像と正のバッチサイズが必要です。%1 が指定されました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring measures images made from noise: it cannot score a comparison that starts from input images</source>
        <translation>評価はノイズから生成した画像を測定します: 入力画像から開始する比較は評価できません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--vary strength starts every column from an input image: give one (--init_image)</source>
        <translation>--vary strength では各列が入力画像から開始します: 入力画像を指定してください (--init_image)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>class labels given, but the checkpoints are unconditional</source>
        <translation>クラスラベルが指定されましたが、チェックポイントは無条件です</translation>
    </message>
    <message>
        <location filename="../core/io/atomic_file.cpp" line="+25"/>
        <location filename="../core/io/npz.cpp" line="+70"/>
        <location line="+127"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を書き込めません: %2</translation>
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
        <translation>パスがファイルを指していません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create a temporary file in &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; に一時ファイルを作成できません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fsync failed</source>
        <translation>fsync に失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close failed</source>
        <translation>close に失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename the temporary file over it</source>
        <translation>一時ファイルの名前を変更して置き換えることができません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read %1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos; を読み込めません: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a symbolic link to a file that does not exist</source>
        <translation>存在しないファイルへのシンボリックリンクです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is a directory, expected a file</source>
        <translation>ファイルではなくディレクトリです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a named pipe, expected a file</source>
        <translation>ファイルではなく名前付きパイプです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a socket, expected a file</source>
        <translation>ファイルではなくソケットです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a character device, expected a file</source>
        <translation>ファイルではなくキャラクターデバイスです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a block device, expected a file</source>
        <translation>ファイルではなくブロックデバイスです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file %1</source>
        <translation>ファイルは %1</translation>
    </message>
    <message>
        <location filename="../core/io/image.cpp" line="+67"/>
        <source>cannot encode a %1x%2 image as PNG: too large</source>
        <translation>%1x%2 の画像を PNG にエンコードできません: 大きすぎます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot encode a %1x%2 image as PNG (out of memory?)</source>
        <translation>%1x%2 の画像を PNG にエンコードできません (メモリ不足?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image &apos;%1&apos; is %2x%3 pixels: larger than this program reads (at most %4 a side and %5 M pixels); scale it down first</source>
        <translation>画像 &apos;%1&apos; は %2x%3 ピクセルで、このプログラムが読み込める大きさ (1 辺最大 %4、合計最大 %5 M ピクセル) を超えています: 先に縮小してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot decode image &apos;%1&apos;: %2</source>
        <translation>画像 &apos;%1&apos; をデコードできません: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data is empty</source>
        <translation>データが空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (not a supported image format?)</source>
        <translation>%1 (サポートされていない画像形式?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (corrupt or truncated?)</source>
        <translation>%1 (破損しているか、途中で切れている?)</translation>
    </message>
    <message>
        <location filename="../core/io/image_folder.cpp" line="+54"/>
        <source>the folder &apos;%1&apos; holds a symbolic link loop: &apos;%2&apos; leads back to &apos;%3&apos;, which contains it; remove the link or point it elsewhere</source>
        <translation>フォルダー &apos;%1&apos; にシンボリックリンクのループがあります: &apos;%2&apos; が、それを含む &apos;%3&apos; に戻っています。リンクを削除するか、別の場所を指すようにしてください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot list the folder &apos;%1&apos;: %2</source>
        <translation>フォルダー &apos;%1&apos; の内容を一覧できません: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no data folder given (--data_dir)</source>
        <translation>データフォルダーが指定されていません (--data_dir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation>データフォルダー &apos;%1&apos; が存在しないか、フォルダーではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot decode the image &apos;%1&apos;: the file is larger than 2 GB</source>
        <translation>画像 &apos;%1&apos; をデコードできません: ファイルが 2 GB を超えています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot decode the image &apos;%1&apos;: %2 (corrupt, truncated or not an image)</source>
        <translation>画像 &apos;%1&apos; をデコードできません: %2 (破損しているか、途中で切れているか、画像ではありません)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--image_size must be positive</source>
        <translation>--image_size は正の値にしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data folder &apos;%1&apos; holds no .jpg, .jpeg, .png or .gif files (searched recursively)</source>
        <translation>データフォルダー &apos;%1&apos; に .jpg、.jpeg、.png、.gif ファイルがありません (サブフォルダーも検索しました)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>image folder shard index out of range</source>
        <translation>画像フォルダーのシャード番号が範囲外です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data folder &apos;%1&apos; holds %2 images, fewer than the %3 processes that each read their own share; add images or run fewer processes</source>
        <translation>データフォルダー &apos;%1&apos; の画像は %2 枚で、それぞれが自分の分担を読み込む %3 個のプロセスより少なくなっています: 画像を追加するか、プロセス数を減らしてください</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>class-conditional training (--class_cond True) takes the class from the file name before its first underscore, but &apos;%1&apos; has no such prefix; name files like 3_cat.png or cat_0001.png, or train with --class_cond False</source>
        <translation>クラス条件付き学習 (--class_cond True) ではファイル名の最初のアンダースコアより前の部分をクラスとしますが、&apos;%1&apos; にはそのような接頭辞がありません。ファイル名を 3_cat.png や cat_0001.png のようにするか、--class_cond False で学習してください</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../core/score/image_set.cpp" line="+71"/>
        <location filename="../ui/export/sample_exporter.cpp" line="-3"/>
        <location line="+66"/>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none of the %1 image files in &apos;%2&apos; can be decoded (all corrupt or not images)</source>
        <translation>&apos;%2&apos; の画像ファイル %1 個のどれもデコードできません (すべて破損しているか、画像ではありません)</translation>
    </message>
    <message>
        <location filename="../core/io/input_image.cpp" line="+20"/>
        <location filename="../ui/window/main_window_input.cpp" line="+70"/>
        <source>input image</source>
        <translation>入力画像</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no images (.png, .jpg, .jpeg, .gif) in the folder &apos;%1&apos;</source>
        <translation>フォルダー &apos;%1&apos; に画像 (.png、.jpg、.jpeg、.gif) がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the input image &apos;%1&apos; does not exist</source>
        <translation>入力画像 &apos;%1&apos; が存在しません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask &apos;%1&apos; is %2x%3, the input image %4x%5: a mask must have its image&apos;s size (white = regenerate)</source>
        <translation>マスク &apos;%1&apos; は %2x%3、入力画像は %4x%5 です: マスクは画像と同じサイズにしてください (白 = 再生成)</translation>
    </message>
    <message>
        <location filename="../core/io/memory_budget.cpp" line="+54"/>
        <source>would take %1, more than the %2 of memory this process can use</source>
        <translation>%1 を要し、このプロセスが使えるメモリ %2 を超えます</translation>
    </message>
    <message>
        <location filename="../core/io/npy.cpp" line="+71"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; か &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid .npy file: malformed header (%2 at offset %3 of &quot;%4&quot;)</source>
        <translation>&apos;%1&apos; は有効な .npy ファイルではありません: ヘッダーが不正です (&quot;%4&quot; のオフセット %3: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected end</source>
        <translation>予期しない終端</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unterminated string</source>
        <translation>閉じられていない文字列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dimension too large</source>
        <translation>次元が大きすぎます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a non-negative integer</source>
        <translation>非負の整数が必要です</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation>形状に &apos;,&apos; か &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected value</source>
        <translation>予期しない値</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is not a valid .npy file: %2</source>
        <translation>&apos;%1&apos; は有効な .npy ファイルではありません: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is truncated inside its header</source>
        <translation>ファイルがヘッダーの途中で切れています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not start with the .npy magic bytes %1</source>
        <translation>.npy のマジックバイト %1 で始まっていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported format version %1.%2 (expected 1.0, 2.0 or 3.0)</source>
        <translation>サポートされていない形式バージョン %1.%2 (1.0、2.0、3.0 のいずれかが必要です)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header claims %1 bytes but the file is only %2 bytes long</source>
        <translation>ヘッダーは %1 バイトとしていますが、ファイルは %2 バイトしかありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header lacks &apos;descr&apos;, &apos;fortran_order&apos; or &apos;shape&apos;: %1</source>
        <translation>ヘッダーに &apos;descr&apos;、&apos;fortran_order&apos;、&apos;shape&apos; のいずれかがありません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed &apos;fortran_order&apos; or &apos;shape&apos; in the header: %1</source>
        <translation>ヘッダーの &apos;fortran_order&apos; または &apos;shape&apos; が不正です: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unsupported dtype %1</source>
        <translation>サポートされていない dtype %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a structured dtype</source>
        <translation>(構造化 dtype)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported dtype &apos;%1&apos; (big-endian; save it little-endian, e.g. with arr.astype(&apos;&lt;%2&apos;))</source>
        <translation>サポートされていない dtype &apos;%1&apos; (ビッグエンディアン。リトルエンディアンで保存してください。例: arr.astype(&apos;&lt;%2&apos;))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported dtype &apos;%1&apos;</source>
        <translation>サポートされていない dtype &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read &apos;%1&apos;: %2; supported: float16/32/64, uint8, int8/16/32/64, bool</source>
        <translation>&apos;%1&apos; を読み込めません: %2。サポート対象: float16/32/64, uint8, int8/16/32/64, bool</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read &apos;%1&apos;: the array is stored in Fortran order, which is not supported (save it with np.ascontiguousarray)</source>
        <translation>&apos;%1&apos; を読み込めません: 配列が Fortran 順で保存されており、これはサポートされていません (np.ascontiguousarray で保存してください)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the shape %1 is too large</source>
        <translation>形状 %1 が大きすぎます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read &apos;%1&apos;: dtype &apos;%2&apos; and shape %3 need %4 bytes of data but the file holds %5 (the file is truncated)</source>
        <translation>&apos;%1&apos; を読み込めません: dtype &apos;%2&apos;、形状 %3 には %4 バイトのデータが必要ですが、ファイルには %5 バイトしかありません (ファイルが途中で切れています)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read &apos;%1&apos;: dtype &apos;%2&apos; and shape %3 need %4 bytes of data but the file holds %5 (trailing bytes)</source>
        <translation>&apos;%1&apos; を読み込めません: dtype &apos;%2&apos;、形状 %3 には %4 バイトのデータが必要ですが、ファイルには %5 バイトあります (末尾に余分なバイトがあります)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>npy file</source>
        <translation>npy ファイル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save a %1 tensor as .npy; supported: float16/32/64, uint8, int8/16/32/64, bool</source>
        <translation>%1 のテンソルは .npy として保存できません。サポート対象: float16/32/64, uint8, int8/16/32/64, bool</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save a tensor as .npy: its shape is too long</source>
        <translation>テンソルを .npy として保存できません: 形状が長すぎます</translation>
    </message>
    <message>
        <location filename="../core/io/npz.cpp" line="-53"/>
        <source>cannot write &apos;%1&apos;: an array has an empty name</source>
        <translation>&apos;%1&apos; を書き込めません: 名前が空の配列があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write &apos;%1&apos;: duplicate entry &apos;%2&apos;</source>
        <translation>&apos;%1&apos; を書き込めません: エントリ &apos;%2&apos; が重複しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write &apos;%1&apos; (array &apos;%2&apos;): %3</source>
        <translation>&apos;%1&apos; を書き込めません (配列 &apos;%2&apos;): %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>entry &apos;%1&apos;</source>
        <translation>エントリ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>finishing the archive</source>
        <translation>アーカイブの完了処理</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>short read</source>
        <translation>読み込んだバイト数が足りません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos; as a zip archive (.npz): %2</source>
        <translation>&apos;%1&apos; を zip アーカイブ (.npz) として読み込めません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 entries, uncompressed, %2: a zip bomb, or an archive too large to read on this machine</source>
        <translation>%1 個のエントリは展開すると %2: zip 爆弾か、このマシンで読み込むには大きすぎるアーカイブです</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry &apos;%1&apos;: %2</source>
        <translation>エントリ &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry &apos;%1&apos; has no size</source>
        <translation>エントリ &apos;%1&apos; にサイズがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; is encrypted</source>
        <translation>エントリ &apos;%1&apos; は暗号化されています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; uses compression method %2 (np.savez stores, np.savez_compressed deflates; nothing else is read)</source>
        <translation>エントリ &apos;%1&apos; は圧縮方式 %2 を使っています (np.savez は無圧縮、np.savez_compressed は deflate で保存します。それ以外は読み込めません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;%1&apos; claims %2 bytes, more than its data can hold</source>
        <translation>エントリ &apos;%1&apos; は %2 バイトとしていますが、そのデータが保持できる量を超えています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry &apos;%1&apos; is truncated</source>
        <translation>エントリ &apos;%1&apos; が途中で切れています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;%1&apos; holds more than the %2 bytes its directory records: the archive is damaged</source>
        <translation>エントリ &apos;%1&apos; にディレクトリに記録された %2 バイトを超えるデータがあります: アーカイブが破損しています</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>npz file</source>
        <translation>npz ファイル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read &apos;%1&apos;: this build has no libzip (reading .npz needs it; install libzip-dev and rebuild)</source>
        <translation>&apos;%1&apos; を読み込めません: このビルドには libzip がありません (.npz の読み込みに必要です。libzip-dev をインストールして再ビルドしてください)</translation>
    </message>
    <message>
        <location filename="../core/io/png_text.cpp" line="+41"/>
        <source>malformed PNG data: %1</source>
        <translation>不正な PNG データ: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not start with the PNG signature</source>
        <translation>PNG シグネチャで始まっていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>truncated at byte %1 (no IEND chunk)</source>
        <translation>バイト %1 で途切れています (IEND チャンクがありません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chunk &apos;%1&apos; at byte %2 claims %3 bytes, past the end of the data (truncated?)</source>
        <translation>バイト %2 のチャンク &apos;%1&apos; は %3 バイトとしていますが、データの終端を超えています (途中で切れている?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRC mismatch in chunk &apos;%1&apos; at byte %2</source>
        <translation>バイト %2 のチャンク &apos;%1&apos; で CRC が一致しません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; chunk at byte %2 has no keyword terminator</source>
        <translation>バイト %2 の &apos;%1&apos; チャンクにキーワードの終端がありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>invalid PNG text key &apos;%1&apos; (1 to 79 bytes, no NUL)</source>
        <translation>無効な PNG テキストキー &apos;%1&apos; (1〜79 バイトで、NUL を含まないこと)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first chunk is &apos;%1&apos;, not IHDR</source>
        <translation>最初のチャンクが IHDR ではなく &apos;%1&apos; です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG text under &apos;%1&apos; is too long</source>
        <translation>&apos;%1&apos; の PNG テキストが長すぎます</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;iTXt&apos; chunk &apos;%1&apos; is truncated</source>
        <translation>&apos;iTXt&apos; チャンク &apos;%1&apos; が途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/io/stb_guard.cpp" line="+21"/>
        <source>cannot decode image &apos;%1&apos;: corrupt JPEG (%2)</source>
        <translation>画像 &apos;%1&apos; をデコードできません: 破損した JPEG (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a segment of length %1</source>
        <translation>長さ %1 のセグメント</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>a Huffman table runs past its segment</source>
        <translation>セグメントをはみ出す Huffman テーブル</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a Huffman table of %1 codes, at most 256</source>
        <translation>符号が %1 個の Huffman テーブル (最大 256)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot decode image &apos;%1&apos;: corrupt PNG (a chunk claims %2 bytes, the file holds %3 after it)</source>
        <translation>画像 &apos;%1&apos; をデコードできません: 破損した PNG (チャンクは %2 バイトとしていますが、その後ろにはファイルの %3 バイトしかありません)</translation>
    </message>
    <message>
        <location filename="../core/model/config_resolver.cpp" line="+53"/>
        <source>the weights do not look like a Patch Diffusion U-Net: &apos;%1&apos; is missing or has the wrong rank</source>
        <translation>重みが Patch Diffusion の U-Net のものではないようです: &apos;%1&apos; がないか、ランクが違います</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>input_blocks.0.0.weight has %1 input channels, not 3*P*P for any patch size P</source>
        <translation>input_blocks.0.0.weight の入力チャネル数は %1 で、どのパッチサイズ P の 3*P*P にもなりません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the weights do not look like a Patch Diffusion U-Net: %1 input blocks, %2 output blocks, %3 levels</source>
        <translation>重みが Patch Diffusion の U-Net のものではないようです: 入力ブロック %1 個、出力ブロック %2 個、レベル %3 個</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights have no residual blocks per level (num_res_blocks 0 is not supported)</source>
        <translation>重みにレベルごとの残差ブロックがありません (num_res_blocks 0 はサポートされていません)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>--%1 %2 (from the user) contradicts the weights, which say %3</source>
        <translation>--%1 %2 (ユーザー指定) が重みと矛盾しています (重みでは %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--%1 %2 (from the sidecar) contradicts the weights, which say %3</source>
        <translation>--%1 %2 (サイドカー) が重みと矛盾しています (重みでは %3)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>patch_size %1 (from the weights) does not divide image_size %2</source>
        <translation>patch_size %1 (重みから) で image_size %2 を割り切れません</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/model/model_config.cpp" line="+43"/>
        <source>patch_size %1 does not divide image_size %2</source>
        <translation>patch_size %1 で image_size %2 を割り切れません</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--model_mean_type must be xstart, eps or v, got &apos;%1&apos;</source>
        <translation>--model_mean_type には xstart、eps、v のいずれかを指定します (&apos;%1&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rescale_timesteps True is not supported: the patched network takes the original integer timesteps</source>
        <translation>--rescale_timesteps True はサポートされていません: パッチ化したネットワークは元の整数のタイムステップを受け取ります</translation>
    </message>
    <message>
        <location filename="../core/model/flag_suggest.cpp" line="+44"/>
        <source>unknown flag --%1</source>
        <translation>不明なフラグ --%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown flag --%1; did you mean --%2?</source>
        <translation>不明なフラグ --%1。--%2 のことですか？</translation>
    </message>
    <message>
        <location filename="../core/model/flags.cpp" line="+156"/>
        <source>--%1 expects a boolean (True/False), got &apos;%2&apos;</source>
        <translation>--%1 には真偽値 (True/False) を指定します (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 expects an integer, got &apos;%2&apos;</source>
        <translation>--%1 には整数を指定します (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 には数値を指定します (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unterminated quote (%1) in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; に閉じられていない引用符 (%1) があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument &apos;%1&apos; (flags look like --name value)</source>
        <translation>予期しない引数 &apos;%1&apos; (フラグは --name value の形式です)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 needs a value</source>
        <translation>--%1 には値が必要です</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="-14"/>
        <source>no default channel_mult for a patched resolution of %1 (image_size / patch_size); the original defines 256, 128, 64 and 32 only: give --channel_mult explicitly</source>
        <translation>パッチ化後の解像度 %1 (image_size / patch_size) には既定の channel_mult がありません。オリジナルは 256、128、64、32 のみを定義しています: --channel_mult を明示的に指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>image_size must be positive, got %1</source>
        <translation>image_size は正の値にしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch_size must be positive, got %1</source>
        <translation>patch_size は正の値にしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>num_channels must be a positive even number, got %1</source>
        <translation>num_channels は正の偶数にしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel_mult is empty (resolve it before building the network)</source>
        <translation>channel_mult が空です (ネットワークを構築する前に解決してください)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patched size %1 cannot be halved %2 times for %3 channel_mult levels</source>
        <translation>パッチ化後のサイズ %1 は、channel_mult の %3 レベルのために %2 回半分にすることはできません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel_mult entry %1 gives level width %2, which GroupNorm(32) cannot split (a multiple of 32 is needed)</source>
        <translation>channel_mult の要素 %1 ではレベルの幅が %2 になり、GroupNorm(32) で分割できません (32 の倍数が必要です)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>num_res_blocks must be at least 1</source>
        <translation>num_res_blocks は 1 以上にしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learn_sigma needs channel_mult[0] == 1 (the variance head concatenates two %1-channel tensors)</source>
        <translation>learn_sigma には channel_mult[0] == 1 が必要です (分散ヘッドは %1 チャネルのテンソル 2 つを連結します)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use_scale_shift_norm False is not supported: the original&apos;s time projection always has twice the width, so that path crashes there too</source>
        <translation>use_scale_shift_norm False はサポートされていません: オリジナルの時間射影は常に 2 倍の幅を持つため、その経路はオリジナルでもクラッシュします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>class_cond needs a positive class count</source>
        <translation>class_cond には正のクラス数が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>num_heads must be positive</source>
        <translation>num_heads は正の値にしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropout must be in [0, 1)</source>
        <translation>dropout は [0, 1) の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../core/model/pickle_reader.cpp" line="+35"/>
        <source>is not a plain state_dict: %1 (a checkpoint must be a dict of tensors as torch.save writes it; loading never runs code from the file)</source>
        <translation>は単純な state_dict ではありません: %1 (チェックポイントは torch.save が書き出すテンソルの dict でなければなりません。読み込み時にファイル内のコードを実行することはありません)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a malformed data.pkl: %1 at byte %2 (the file may be damaged or not written by torch.save)</source>
        <translation>の data.pkl が不正です: %1 (バイト %2。ファイルが破損しているか、torch.save で書き出されたものではない可能性があります)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pickle ends early while reading %1</source>
        <translation>%1 の読み込み中に pickle が終わっています</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+8"/>
        <source>the pickle stack is empty</source>
        <translation>pickle のスタックが空です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an opcode needs a MARK that is not there</source>
        <translation>オペコードに必要な MARK がありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>memo entry %1 is read before it is written</source>
        <translation>memo のエントリ %1 が書き込まれる前に読み込まれています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it refers to the Python global &apos;%1&apos;, which is not on the allow-list (%2)</source>
        <translation>許可リスト (%2) にない Python のグローバル &apos;%1&apos; を参照しています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2, expected an int</source>
        <translation>%1 が int 値ではなく %2 です</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>it calls %1, which a state_dict never does</source>
        <translation>%1 を呼び出しています (state_dict では決して行われません)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the arguments of %1 are %2</source>
        <translation>%1 の引数が %2 です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it calls collections.OrderedDict with arguments</source>
        <translation>collections.OrderedDict を引数付きで呼び出しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>torch._utils._rebuild_parameter expects (tensor, bool, hooks)</source>
        <translation>torch._utils._rebuild_parameter の引数は (tensor, bool, hooks) でなければなりません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>torch._utils._rebuild_tensor_v2 has %1 arguments, expected 6 or 7</source>
        <translation>torch._utils._rebuild_tensor_v2 の引数が %1 個です (6 個か 7 個が必要です)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor&apos;s storage is %1</source>
        <translation>テンソルのストレージが %1 です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor&apos;s storage offset</source>
        <translation>テンソルのストレージオフセット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tensor&apos;s size and stride are not two tuples of the same length</source>
        <translation>テンソルのサイズとストライドが同じ長さの 2 つのタプルではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor size</source>
        <translation>テンソルのサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tensor stride</source>
        <translation>テンソルのストライド</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a tensor has a negative or overflowing size, stride or offset</source>
        <translation>テンソルのサイズ、ストライド、オフセットが負であるか、オーバーフローしています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tensor view needs %1 elements of storage &apos;%2&apos;, which declares %3</source>
        <translation>テンソルのビューにはストレージ &apos;%2&apos; の要素が %1 個必要ですが、ストレージの宣言は %3 個です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it sets the state of %1 from %2</source>
        <translation>%2 から %1 の状態を設定しています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a persistent id is not (&apos;storage&apos;, type, key, location, numel)</source>
        <translation>persistent id が (&apos;storage&apos;, type, key, location, numel) ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a persistent id names %1, expected a storage type</source>
        <translation>persistent id がストレージ型ではなく %1 を指しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>storage &apos;%1&apos; declares %2 elements</source>
        <translation>ストレージ &apos;%1&apos; が %2 個の要素を宣言しています</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an opcode (no STOP)</source>
        <translation>オペコード (STOP がありません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown pickle protocol %1</source>
        <translation>不明な pickle プロトコル %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a FRAME length</source>
        <translation>FRAME の長さ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pickle is empty at STOP</source>
        <translation>STOP の時点で pickle が空です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a string length</source>
        <translation>文字列の長さ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pickle ends early inside a string</source>
        <translation>文字列の途中で pickle が終わっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+2"/>
        <location line="+123"/>
        <source>an int</source>
        <translation>int 値</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>a LONG1 length</source>
        <translation>LONG1 の長さ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer of %1 bytes</source>
        <translation>%1 バイトの整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a LONG1 value</source>
        <translation>LONG1 の値</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>a float</source>
        <translation>float 値</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>a memo index</source>
        <translation>memo のインデックス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a global&apos;s module</source>
        <translation>グローバルのモジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a global&apos;s name</source>
        <translation>グローバルの名前</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STACK_GLOBAL needs two strings</source>
        <translation>STACK_GLOBAL には 2 つの文字列が必要です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it sets items on %1</source>
        <translation>%1 に要素を設定しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SETITEMS has an odd number of values</source>
        <translation>SETITEMS の値の数が奇数です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it appends to %1</source>
        <translation>%1 に要素を追加しています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it builds a Python object (pickle opcode %1)</source>
        <translation>Python オブジェクトを構築しています (pickle のオペコード %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported pickle opcode %1</source>
        <translation>サポートされていない pickle オペコード %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tensors of dtype %1 cannot be stored in a checkpoint here (expected a float, integer or bool dtype)</source>
        <translation>dtype %1 のテンソルはここではチェックポイントに保存できません (float、整数、bool の dtype が必要です)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a bool</source>
        <translation>bool 値</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tuple</source>
        <translation>タプル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an OrderedDict</source>
        <translation>OrderedDict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dict</source>
        <translation>dict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the global %1</source>
        <translation>グローバル %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tensor</source>
        <translation>テンソル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown value</source>
        <translation>不明な値</translation>
    </message>
    <message>
        <location filename="../core/model/safetensors.cpp" line="+65"/>
        <source>safetensors file &apos;%1&apos; %2</source>
        <translation>safetensors ファイル &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tensor &apos;%1&apos;: %2 %3 is not a non-negative integer</source>
        <translation>のテンソル &apos;%1&apos;: %2 %3 が非負の整数ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be read on a big-endian machine</source>
        <translation>はビッグエンディアンのマシンでは読み込めません</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+183"/>
        <source>is %1 bytes, too short for the 8-byte header length</source>
        <translation>は %1 バイトで、8 バイトのヘッダー長には短すぎます</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>declares a header of %1 bytes, above the %2-byte limit: the file is damaged or not safetensors</source>
        <translation>はヘッダーを %1 バイトと宣言しており、上限の %2 バイトを超えています: ファイルが破損しているか、safetensors ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declares a header of %1 bytes, but only %2 follow: the file is truncated or not safetensors</source>
        <translation>はヘッダーを %1 バイトと宣言していますが、後に続くのは %2 バイトだけです: ファイルが途中で切れているか、safetensors ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a header that is not a JSON object (it must start with &apos;{&apos;)</source>
        <translation>のヘッダーが JSON オブジェクトではありません (&apos;{&apos; で始まる必要があります)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>names &apos;%1&apos; twice in its header</source>
        <translation>のヘッダーに &apos;%1&apos; が 2 回出てきます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a header that is not valid JSON: %1</source>
        <translation>のヘッダーが有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a header that is not a JSON object</source>
        <translation>のヘッダーが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a __metadata__ that is not an object of strings</source>
        <translation>の __metadata__ が文字列のオブジェクトではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has __metadata__ &apos;%1&apos; = %2: metadata values must be strings</source>
        <translation>の __metadata__ &apos;%1&apos; = %2: メタデータの値は文字列でなければなりません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tensor &apos;%1&apos; is not an object with dtype, shape and data_offsets</source>
        <translation>のテンソル &apos;%1&apos; が dtype、shape、data_offsets を持つオブジェクトではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos; has dtype %2, which is not supported (supported: %3)</source>
        <translation>のテンソル &apos;%1&apos; の dtype %2 はサポートされていません (サポート対象: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tensor &apos;%1&apos;: shape is not a list</source>
        <translation>のテンソル &apos;%1&apos;: shape がリストではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shape entry</source>
        <translation>shape の要素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has a shape %2 too large for any file</source>
        <translation>のテンソル &apos;%1&apos; の shape %2 は、どんなファイルにも収まらない大きさです</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor &apos;%1&apos;: data_offsets is not a [begin, end] pair</source>
        <translation>のテンソル &apos;%1&apos;: data_offsets が [begin, end] の組ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>data offset</source>
        <translation>データオフセット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has data_offsets %2 that end before they begin</source>
        <translation>のテンソル &apos;%1&apos; の data_offsets %2 は終了が開始より前になっています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensor &apos;%1&apos; has data_offsets %2 past the end of the data (%3 bytes): the file is truncated or damaged</source>
        <translation>のテンソル &apos;%1&apos; の data_offsets %2 がデータの終端 (%3 バイト) を超えています: ファイルが途中で切れているか、破損しています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tensor &apos;%1&apos; of shape %2 and dtype %3 needs too many bytes, but its data_offsets %4 span %5</source>
        <translation>のテンソル &apos;%1&apos; (shape %2、dtype %3) には大きすぎるバイト数が必要ですが、data_offsets %4 の範囲は %5 バイトです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensor &apos;%1&apos; of shape %2 and dtype %3 needs %4 bytes, but its data_offsets %5 span %6</source>
        <translation>のテンソル &apos;%1&apos; (shape %2、dtype %3) には %4 バイトが必要ですが、data_offsets %5 の範囲は %6 バイトです</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>has overlapping data: tensor &apos;%1&apos; [%2, %3) and tensor &apos;%4&apos; [%5, %6)</source>
        <translation>のデータが重なっています: テンソル &apos;%1&apos; [%2, %3) とテンソル &apos;%4&apos; [%5, %6)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot be opened: %1</source>
        <translation>を開けません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/model/state_dict.cpp" line="+104"/>
        <source>is not a regular file</source>
        <translation>は通常のファイルではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be mapped into memory: %1</source>
        <translation>をメモリにマップできません: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/model/state_dict.cpp" line="+2"/>
        <source>cannot be opened for reading</source>
        <translation>を読み込み用に開けません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read to the end of its header</source>
        <translation>をヘッダーの終わりまで読み込めませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tensors of dtype %1 cannot be stored in safetensors here (supported: %2)</source>
        <translation>dtype %1 のテンソルはここでは safetensors に保存できません (サポート対象: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>safetensors cannot be written on a big-endian machine</source>
        <translation>ビッグエンディアンのマシンでは safetensors を書き出せません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tensor cannot be named &apos;__metadata__&apos; in safetensors</source>
        <translation>safetensors ではテンソルに &apos;__metadata__&apos; という名前を付けられません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;%1&apos; holds an undefined tensor</source>
        <translation>キー &apos;%1&apos; のテンソルが未定義です</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を保存できません: %2</translation>
    </message>
    <message>
        <location filename="../core/model/sidecar.cpp" line="+33"/>
        <source>cannot read the sidecar file &apos;%1&apos;</source>
        <translation>サイドカーファイル &apos;%1&apos; を読み込めません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unsupported flag value %1</source>
        <translation>サポートされていないフラグの値 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; は文字列でなければなりません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;flags&apos; must be an object</source>
        <translation>&apos;flags&apos; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown flag &apos;%1&apos;</source>
        <translation>不明なフラグ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;class_names&apos; must be a list</source>
        <translation>&apos;class_names&apos; はリストでなければなりません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sidecar file &apos;%1&apos; is not valid JSON: %2</source>
        <translation>サイドカーファイル &apos;%1&apos; は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sidecar file &apos;%1&apos;: %2</source>
        <translation>サイドカーファイル &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the metadata &apos;%1&apos; of &apos;%2&apos; is not valid JSON</source>
        <translation>&apos;%2&apos; のメタデータ &apos;%1&apos; は有効な JSON ではありません</translation>
    </message>
    <message>
        <location filename="../core/model/state_dict.cpp" line="-57"/>
        <source>the state_dict has no key &apos;%1&apos; (it has %2 keys)</source>
        <translation>state_dict にキー &apos;%1&apos; がありません (キーは %2 個です)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../core/model/torch_archive.cpp" line="+24"/>
        <source>checkpoint &apos;%1&apos; %2</source>
        <translation>チェックポイント &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist (expected a .pt file written by torch.save, or a .safetensors file)</source>
        <translation>は存在しません (torch.save で書き出した .pt ファイルか、.safetensors ファイルが必要です)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory, expected a .pt file written by torch.save or a .safetensors file</source>
        <translation>はディレクトリです (torch.save で書き出した .pt ファイルか、.safetensors ファイルが必要です)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is empty, expected a zip archive written by torch.save</source>
        <translation>は空です (torch.save で書き出した zip アーカイブが必要です)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a zip archive, expected a checkpoint written by torch.save (PyTorch 1.6 or later); it looks like the legacy torch.save format: re-save it with a recent PyTorch</source>
        <translation>は zip アーカイブではありません (torch.save (PyTorch 1.6 以降) で書き出したチェックポイントが必要です)。旧形式の torch.save のようです: 最近の PyTorch で保存し直してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a zip archive, expected a checkpoint written by torch.save (PyTorch 1.6 or later)</source>
        <translation>は zip アーカイブではありません (torch.save (PyTorch 1.6 以降) で書き出したチェックポイントが必要です)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a plain state_dict: its top level holds %1, expected a dict of tensors</source>
        <translation>は単純な state_dict ではありません: 最上位がテンソルの dict ではなく %1 です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is a single state_dict: leave the entry empty</source>
        <translation>単一の state_dict です: エントリは空のままにしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available: %1</source>
        <translation>選択肢: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no entry &apos;%1&apos; (%2)</source>
        <translation>にエントリ &apos;%1&apos; がありません (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; holds %2, expected a state_dict (%3)</source>
        <translation>のエントリ &apos;%1&apos; が state_dict ではなく %2 です (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>holds several state_dicts (%1): choose one by name</source>
        <translation>には複数の state_dict があります (%1): 名前で 1 つ選んでください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing the record &apos;%1&apos; that key &apos;%2&apos; points at</source>
        <translation>にキー &apos;%2&apos; が指すレコード &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a record &apos;%1&apos; of %2 bytes, shorter than the %3 bytes (%4 %5 elements) that key &apos;%6&apos; needs: the file is damaged</source>
        <translation>のレコード &apos;%1&apos; は %2 バイトで、キー &apos;%6&apos; に必要な %3 バイト (%5 の要素 %4 個) より短くなっています: ファイルが破損しています</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holds an empty state_dict (no tensors)</source>
        <translation>の state_dict は空です (テンソルがありません)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a plain state_dict: key #%1 is %2, expected a string</source>
        <translation>は単純な state_dict ではありません: キー #%1 が文字列ではなく %2 です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a plain state_dict: key &apos;%1&apos; holds %2, expected a tensor</source>
        <translation>は単純な state_dict ではありません: キー &apos;%1&apos; の値がテンソルではなく %2 です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has storage &apos;%1&apos; used with two different types or sizes</source>
        <translation>のストレージ &apos;%1&apos; が 2 つの異なる型またはサイズで使われています</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>is a safetensors file, which holds a single state_dict: leave the entry empty (got &apos;%1&apos;)</source>
        <translation>は単一の state_dict を保持する safetensors ファイルです: エントリは空のままにしてください (&apos;%1&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds no tensors</source>
        <translation>にはテンソルがありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a zip archive without data.pkl, so not a checkpoint written by torch.save (it holds: %1)</source>
        <translation>は data.pkl のない zip アーカイブなので、torch.save で書き出したチェックポイントではありません (内容: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stores its tensors as &apos;%1&apos;-endian</source>
        <translation>はテンソルを &apos;%1&apos; エンディアンで保存しています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a readable torch.save archive (%1); the file may be truncated or damaged</source>
        <translation>は読み込み可能な torch.save アーカイブではありません (%1)。ファイルが途中で切れているか、破損している可能性があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: no file name</source>
        <translation>チェックポイント &apos;%1&apos; を書き込めません: ファイル名がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write checkpoint &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>チェックポイント &apos;%1&apos; を書き込めません: フォルダー &apos;%2&apos; が存在しません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: cannot create a temporary folder in &apos;%2&apos; (%3)</source>
        <translation>チェックポイント &apos;%1&apos; を書き込めません: &apos;%2&apos; に一時フォルダーを作成できません (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name clash</source>
        <translation>名前の衝突</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: %2</source>
        <translation>チェックポイント &apos;%1&apos; を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save checkpoint &apos;%1&apos;: key &apos;%2&apos; holds an undefined tensor</source>
        <translation>チェックポイント &apos;%1&apos; を保存できません: キー &apos;%2&apos; のテンソルが未定義です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save checkpoint &apos;%1&apos;: key &apos;%2&apos;: %3</source>
        <translation>チェックポイント &apos;%1&apos; を保存できません: キー &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../core/model/torch_archive.cpp" line="+23"/>
        <source>cannot be read (%1)</source>
        <translation>を読み込めません (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a readable torch.save archive (%1): the file may be truncated or damaged</source>
        <translation>は読み込み可能な torch.save アーカイブではありません (%1): ファイルが途中で切れているか、破損している可能性があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is an empty zip archive, not a checkpoint written by torch.save</source>
        <translation>は空の zip アーカイブで、torch.save で書き出したチェックポイントではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a zip archive whose first entry (&apos;%1&apos;) is not in a top-level folder, as torch.save writes them: not a checkpoint</source>
        <translation>は最初のエントリ (&apos;%1&apos;) が torch.save の書き出す形式のように最上位フォルダーの中にない zip アーカイブです: チェックポイントではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has records that, uncompressed, %1: a zip bomb, or a checkpoint too large to load on this machine</source>
        <translation>のレコードは展開すると %1: zip 爆弾か、このマシンで読み込むには大きすぎるチェックポイントです</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a format version record of %1 bytes: the file is damaged</source>
        <translation>の形式バージョンのレコードが %1 バイトあります: ファイルが破損しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no torch.save format version record (or one that holds no number): not a checkpoint, or a damaged one</source>
        <translation>に torch.save の形式バージョンのレコードがありません (または数値を含んでいません): チェックポイントではないか、破損しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has torch.save format version %1, which this program does not read (1 to 10)</source>
        <translation>の torch.save 形式バージョン %1 は、このプログラムでは読み込めません (1〜10)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>has no record &apos;%1&apos;</source>
        <translation>にレコード &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a record &apos;%1&apos; whose size cannot be read: the file is damaged</source>
        <translation>のレコード &apos;%1&apos; のサイズを読み取れません: ファイルが破損しています</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has a record &apos;%1&apos; that claims %2 bytes (%3 stored) in a file of %4: the file is damaged or not written by torch.save</source>
        <translation>のレコード &apos;%1&apos; は %4 バイトのファイル内で %2 バイト (格納サイズ %3 バイト) としています: ファイルが破損しているか、torch.save で書き出されたものではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a record &apos;%1&apos; that cannot be opened (%2): the file is damaged</source>
        <translation>のレコード &apos;%1&apos; を開けません (%2): ファイルが破損しています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a record &apos;%1&apos; that cannot be read to its end (%2): the file is truncated or damaged</source>
        <translation>のレコード &apos;%1&apos; を最後まで読み込めません (%2): ファイルが途中で切れているか、破損しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a record &apos;%1&apos; that holds more than the %2 bytes the archive records, or fails its checksum: the file is damaged</source>
        <translation>のレコード &apos;%1&apos; がアーカイブに記録された %2 バイトを超えるデータを含むか、チェックサムが一致しません: ファイルが破損しています</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a readable torch.save archive (%1)</source>
        <translation>は読み込み可能な torch.save アーカイブではありません (%1)</translation>
    </message>
    <message>
        <location filename="../core/sampling/branch_record.cpp" line="+38"/>
        <source>the branch&apos;s x_t is not base64 (length %1)</source>
        <translation>分岐の x_t が base64 ではありません (長さ %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the branch&apos;s x_t is not base64 (at character %1)</source>
        <translation>分岐の x_t が base64 ではありません (%1 文字目)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s x_t is not a whole number of float32 values</source>
        <translation>分岐の x_t が float32 の値の整数個分になっていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s image size %1 is not a usable size</source>
        <translation>分岐の画像サイズ %1 は使用できるサイズではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s x_t holds %1 values, expected 3 x %2 x %2</source>
        <translation>分岐の x_t の値は %1 個です (期待値 3 x %2 x %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch&apos;s solver history holds %1 values, expected 3 x %2 x %2</source>
        <translation>分岐のソルバー履歴の値は %1 個です (期待値 3 x %2 x %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch&apos;s solver history has %1 entries but %2 points</source>
        <translation>分岐のソルバー履歴はエントリが %1 個ですが、点は %2 個です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the branch&apos;s x_t has an unknown dtype</source>
        <translation>分岐の x_t の dtype が不明です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a run description must be a JSON object</source>
        <translation>実行記録は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the branch&apos;s parent run description must be a JSON object</source>
        <translation>分岐の親の実行記録は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the branch&apos;s step is negative</source>
        <translation>分岐のステップが負です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run description&apos;s &quot;branch&quot; object is malformed: %1</source>
        <translation>実行記録の &quot;branch&quot; オブジェクトが不正です: %1</translation>
    </message>
    <message>
        <location filename="../core/sampling/image_condition.cpp" line="+17"/>
        <source>input images must be uint8 [M, H, W, 3], got %1 %2</source>
        <translation>入力画像は uint8 [M, H, W, 3] にしてください (%1 %2 が指定されました)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input images are %1x%2, the model makes %3x%4</source>
        <translation>入力画像は %1x%2 ですが、モデルが生成するのは %3x%4 です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>masks must be uint8 [M, H, W] matching the input images %1, got %2</source>
        <translation>マスクは入力画像 %1 に合う uint8 [M, H, W] にしてください (%2 が指定されました)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the strength must be in (0, 1], got %1</source>
        <translation>強度は (0, 1] の範囲にしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schedule has no steps</source>
        <translation>スケジュールにステップがありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>start step outside the schedule</source>
        <translation>開始ステップがスケジュールの範囲外です</translation>
    </message>
    <message>
        <location filename="../core/sampling/run_spec.cpp" line="+59"/>
        <source>the run&apos;s input image is not square (%1)</source>
        <translation>実行の入力画像が正方形ではありません (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not a patchdiff run description (format &apos;%1&apos;)</source>
        <translation>patchdiff の実行記録ではありません (形式 &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the run names no checkpoint</source>
        <translation>実行にチェックポイントが指定されていません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the run started from an image (strength %1) but its description holds no input image</source>
        <translation>実行は画像から開始しました (強度 %1) が、実行記録に入力画像が含まれていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the run description is malformed: %1</source>
        <translation>実行記録が不正です: %1</translation>
    </message>
    <message>
        <location filename="../core/sampling/sample_images.cpp" line="+18"/>
        <source>class labels given, but the model is unconditional</source>
        <translation>クラスラベルが指定されましたが、モデルは無条件です</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the image count, batch size and image stride must be positive</source>
        <translation>画像数、バッチサイズ、画像の間隔は正の値にしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/sampling/sampler.cpp" line="+156"/>
        <source>this model is class-conditional: give one class label per image (%1)</source>
        <translation>このモデルはクラス条件付きです: 画像ごとに 1 つのクラスラベルを指定してください (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the given x_T has shape %1, expected [%2, 3, %3, %3]</source>
        <translation>指定された x_T の形状は %1 です (期待値 [%2, 3, %3, %3])</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a branch continues one batch: the batch size must hold every image</source>
        <translation>分岐は 1 つのバッチを続行します: バッチサイズはすべての画像が入る大きさにしてください</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler.cpp" line="-134"/>
        <source>sampling needs at least one checkpoint (--model_path)</source>
        <translation>サンプリングには少なくとも 1 つのチェックポイントが必要です (--model_path)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>split checkpoints disagree on %1: &apos;%2&apos; has %3, &apos;%4&apos; has %5</source>
        <translation>分割のチェックポイントで %1 が一致しません: &apos;%2&apos; は %3、&apos;%4&apos; は %5 です</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the class count</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>class label %1 is out of range: the model has %2 classes (0..%3; %2 is the null label)</source>
        <translation>クラスラベル %1 は範囲外です: モデルのクラスは %2 個です (0..%3。%2 はヌルラベル)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>batch size must be positive</source>
        <translation>バッチサイズは正の値にしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start step %1 is outside the %2-step schedule</source>
        <translation>開始ステップ %1 は %2 ステップのスケジュールの範囲外です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a strength below 1 needs an input image to start from (--init_image)</source>
        <translation>1 未満の強度には開始元となる入力画像が必要です (--init_image)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RePaint&apos;s jumps (--repaint_jumps) resample an inpainting run: give a mask (--mask)</source>
        <translation>RePaint のジャンプ (--repaint_jumps) はインペインティングの実行を再サンプリングします: マスクを指定してください (--mask)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the input images have shape %1, the batch needs [%2, 3, %3, %3]</source>
        <translation>入力画像の形状は %1 ですが、バッチには [%2, 3, %3, %3] が必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sampling needs a noise source</source>
        <translation>サンプリングにはノイズソースが必要です</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>sampler &apos;%1&apos; draws noise: give a noise source</source>
        <translation>サンプラー &apos;%1&apos; はノイズを引きます: ノイズソースを指定してください</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler_settings.cpp" line="+61"/>
        <source>--dynamic_threshold must be auto, on or off, got &apos;%1&apos;</source>
        <translation>--dynamic_threshold には auto、on、off のいずれかを指定します (&apos;%1&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the sampler settings are malformed: %1</source>
        <translation>サンプラーの設定が不正です: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>sampler settings: &apos;%1&apos; is not name=value</source>
        <translation>サンプラーの設定: &apos;%1&apos; が name=value の形式ではありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sampler settings: unknown setting &apos;%1&apos;</source>
        <translation>サンプラーの設定: 不明な設定 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>eta must be 0 or positive, got %1</source>
        <translation>eta は 0 以上にしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the solver order must be 0 (the solver&apos;s default), 1, 2 or 3, got %1</source>
        <translation>ソルバーの次数は 0 (ソルバーの既定値)、1、2、3 のいずれかにしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the strength must be in (0, 1] (1: from noise; near 0: the input image almost unchanged), got %1</source>
        <translation>強度は (0, 1] の範囲にしてください (1: ノイズから開始、0 に近い値: 入力画像がほぼそのまま)。%1 が指定されました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repaint_jumps must be 0 (no resampling) to 100, got %1</source>
        <translation>repaint_jumps は 0 (再サンプリングなし)〜100 にしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repaint_jump_length must be 1 to 1000 steps, got %1</source>
        <translation>repaint_jump_length は 1〜1000 ステップにしてください (%1 が指定されました)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 sampler runs on the respaced table&apos;s steps only: use --schedule uniform, or a solver such as euler or dpmpp_2m for schedule &apos;%2&apos;</source>
        <translation>%1 サンプラーはリスペーシング後のテーブルのステップでのみ動作します: --schedule uniform を使うか、スケジュール &apos;%2&apos; には euler や dpmpp_2m などのソルバーを使ってください</translation>
    </message>
    <message>
        <location filename="../core/score/feature_net.cpp" line="+39"/>
        <source>--feature_input_range: expected LOW,HIGH with LOW &lt; HIGH (e.g. 0,1 or -1,1), got &apos;%1&apos;</source>
        <translation>--feature_input_range: LOW &lt; HIGH となる LOW,HIGH を指定します (例: 0,1 や -1,1)。&apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>feature network</source>
        <translation>特徴ネットワーク</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a TorchScript module (save one with torch.jit.trace(...).save or torch.jit.script(...).save): %2</source>
        <translation>&apos;%1&apos; は TorchScript モジュールではありません (torch.jit.trace(...).save か torch.jit.script(...).save で保存してください): %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; has no forward method: a feature network maps images to features</source>
        <translation>&apos;%1&apos; に forward メソッドがありません: 特徴ネットワークは画像を特徴に変換するものです</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; does not say its input size (no input_size attribute): give --feature_input_size S (299 for InceptionV3)</source>
        <translation>&apos;%1&apos; には入力サイズが示されていません (input_size 属性がありません): --feature_input_size S を指定してください (InceptionV3 では 299)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature network&apos;s input size must be positive</source>
        <translation>特徴ネットワークの入力サイズは正の値にしてください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; does not say its input range (no input_min/input_max attributes): give --feature_input_range LOW,HIGH (0,1 for pytorch-fid&apos;s InceptionV3)</source>
        <translation>&apos;%1&apos; には入力範囲が示されていません (input_min/input_max 属性がありません): --feature_input_range LOW,HIGH を指定してください (pytorch-fid の InceptionV3 では 0,1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the feature network &apos;%1&apos; failed on images of %2x%2: %3</source>
        <translation>特徴ネットワーク &apos;%1&apos; が %2x%2 の画像で失敗しました: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature network &apos;%1&apos; must return one tensor of features</source>
        <translation>特徴ネットワーク &apos;%1&apos; は特徴のテンソルを 1 つ返す必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the feature network &apos;%1&apos; must return [N, D] features for N images</source>
        <translation>特徴ネットワーク &apos;%1&apos; は N 枚の画像に対して [N, D] の特徴を返す必要があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the feature network &apos;%1&apos; has no classify method: class accuracy needs one</source>
        <translation>特徴ネットワーク &apos;%1&apos; に classify メソッドがありません: クラス精度の計算に必要です</translation>
    </message>
    <message>
        <location filename="../core/score/image_set.cpp" line="-12"/>
        <source>&apos;%1&apos; is not a folder of images</source>
        <translation>&apos;%1&apos; は画像のフォルダーではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; holds no images (.png, .jpg, .jpeg, .gif; the sampler&apos;s *_grid.png is skipped)</source>
        <translation>&apos;%1&apos; に画像がありません (.png、.jpg、.jpeg、.gif。サンプラーの *_grid.png はスキップします)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is %2x%3 but &apos;%4&apos; is %5x%6: every image of a set must have the same size</source>
        <translation>&apos;%1&apos; は %2x%3 ですが、&apos;%4&apos; は %5x%6 です: セット内の画像はすべて同じサイズにしてください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; holds %2 images of %3x%4, which %5; score images at the model&apos;s size, or fewer of them</source>
        <translation>&apos;%1&apos; には %3x%4 の画像が %2 枚あり、%5。モデルのサイズの画像か、より少ない枚数で評価してください</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; has no arr_0: expected the images as the sampler saves them (samples_NxHxWx3.npz)</source>
        <translation>&apos;%1&apos; に arr_0 がありません: サンプラーが保存する形式の画像が必要です (samples_NxHxWx3.npz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos;: arr_0 must be uint8 [N, H, W, 3] images, got %2 of %3 dimensions</source>
        <translation>&apos;%1&apos;: arr_0 は uint8 [N, H, W, 3] の画像にしてください (%3 次元の %2 でした)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; holds no images (arr_0 is empty)</source>
        <translation>&apos;%1&apos; に画像がありません (arr_0 が空です)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: arr_1 must hold one integer label per image (%2)</source>
        <translation>&apos;%1&apos;: arr_1 には画像ごとに 1 つの整数ラベルが必要です (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; does not exist (give a folder of PNGs or an .npz)</source>
        <translation>&apos;%1&apos; が存在しません (PNG のフォルダーか .npz を指定してください)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is neither a folder of images nor an .npz of samples</source>
        <translation>&apos;%1&apos; は画像のフォルダーでも、サンプルの .npz でもありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--labels is empty: give class indices, comma separated</source>
        <translation>--labels が空です: クラス番号をカンマ区切りで指定してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--labels: &apos;%1&apos; is not a class index in 0..%2</source>
        <translation>--labels: &apos;%1&apos; は 0..%2 のクラス番号ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--labels: &apos;%1&apos; is not a class index</source>
        <translation>--labels: &apos;%1&apos; はクラス番号ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--labels gives %1 labels for %2 images</source>
        <translation>--labels のラベルは %1 個ですが、画像は %2 枚です</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+136"/>
        <source>class list</source>
        <translation>クラス一覧</translation>
    </message>
    <message>
        <location filename="../core/io/gif_writer.cpp" line="+28"/>
        <source>GIF encoding failed: %1 (%2)</source>
        <translation>GIF のエンコードに失敗しました: %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GIF encoding: no frames to write</source>
        <translation>GIF エンコード: 書き出すフレームがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GIF encoding: frame size %1x%2 is not 1..65535</source>
        <translation>GIF エンコード: フレームサイズ %1x%2 が 1..65535 の範囲外です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GIF encoding: frame %1 is not %2x%3 RGB like the first</source>
        <translation>GIF エンコード: フレーム %1 が最初のフレームと同じ %2x%3 RGB ではありません</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>GIF encoding: out of memory for a palette</source>
        <translation>GIF エンコード: パレット用のメモリが足りません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF encoding: colour quantization failed</source>
        <translation>GIF エンコード: 減色に失敗しました</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this build of patchdiff has no GIF encoder (it was built without giflib, Debian package libgif-dev); export PNG frames or a filmstrip instead</source>
        <translation>この patchdiff のビルドには GIF エンコーダがありません (giflib なしでビルドされました。Debian パッケージ libgif-dev)。代わりに PNG フレームかフィルムストリップを書き出してください</translation>
    </message>
    <message>
        <location filename="../core/model/model_loader.cpp" line="+66"/>
        <source>the weights in &apos;%1&apos; do not match the network built from the flags%2%3%4
  (check the model flags; `patchdiff info` shows what the weights say)</source>
        <translation>&apos;%1&apos; の重みはフラグから構築したネットワークと一致しません%2%3%4
  (モデルのフラグを確認してください。`patchdiff info` で重みが示す値を確認できます)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
  missing keys (%1):%2</source>
        <translation>
  欠けているキー (%1):%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
  unexpected keys (%1):%2</source>
        <translation>
  想定外のキー (%1):%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
  wrongly shaped keys (%1):%2</source>
        <translation>
  形状が異なるキー (%1):%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (checkpoint &apos;%2&apos;)</source>
        <translation>%1 (チェックポイント &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the sidecar of &apos;%1&apos; names %2 classes, the weights have %3</source>
        <translation>&apos;%1&apos; の sidecar は %2 クラスを挙げていますが、重みは %3 クラスです</translation>
    </message>
    <message>
        <location filename="../core/runtime/cpu_threads.cpp" line="+118"/>
        <source>--threads must be between 0 (the default) and %1, got %2</source>
        <translation>--threads は 0 (既定値) から %1 の範囲にしてください (%2 が指定されました)</translation>
    </message>
    <message>
        <location filename="../core/inspect/quality_chart.cpp" line="+86"/>
        <source>the quality chart needs scored columns</source>
        <translation>品質グラフには評価済みの列が必要です</translation>
    </message>
</context>
<context>
    <name>patchdiff</name>
    <message>
        <location filename="../app/patchdiff/cli_args.cpp" line="+35"/>
        <source>unknown flag --%1; did you mean --%2?</source>
        <translation>不明なフラグ --%1。--%2 のことですか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown flag --%1 (--help lists the flags)</source>
        <translation>不明なフラグ --%1 (--help でフラグの一覧を表示)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--%1 needs a value</source>
        <translation>--%1 には値が必要です</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cli_tr.cpp" line="+104"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_bench.cpp" line="+43"/>
        <source>--%1 takes on or off, got &apos;%2&apos;</source>
        <translation>--%1 には on か off を指定します (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--device takes cpu, cuda or cuda:N, got &apos;%1&apos;</source>
        <translation>--device には cpu、cuda、cuda:N のいずれかを指定します (&apos;%1&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="+249"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+183"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="+92"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+199"/>
        <location line="+91"/>
        <source>wrote %1</source>
        <translation>%1 を書き出しました</translation>
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
        <translation>使い方: patchdiff bench (--preset NAME[,NAME]|all | --model_path A.pt[,B.pt] [モデルのフラグ])
                        [--batch 1,16] [--steps 50] [--warmup 3] [--repeats 1]
                        [--device cpu|cuda] [--precision fp32|fp16|bf16] [--guidance 1.5]
                        [--threads N] [--cuda_graphs on|off] [--channels_last on|off]
                        [--noise seeded|device] [--fast_paths SPEC] [--ab &apos;SPEC;SPEC&apos;]
                        [--timestep_respacing 250] [--block K] [--seed N] [--json out.json]
                        [--profile]
サンプリングループの逆過程ステップ全体 (ネットワーク、ガイダンス、しきい値処理、更新、
ノイズ) を、計測しない --warmup 回の後に計測し、ms/step (中央値、p10..p90)、250 ステップ
の実行での画像/秒、達成した TFLOP/s、ホストでのノイズ生成時間、ピークメモリ、そして
プリセットについてはオリジナルの H200 での ms/step (../shared/anchors/peer-gpu.md) と
高速化率を表示します。
  --preset         lsun_p2, lsun_p4, lsun_p8, imagenet_p4, ffhq_p4 (ランダムな重み。&apos;all&apos;
                   = この 5 つ)、tiny, tiny_cond (スモークテスト)。--list-presets で一覧
  --model_path     代わりにチェックポイントを使う (複数 = SNR 分割、--snr_splits と併用)
  --precision      トルソーの精度: fp32、fp16 (オリジナルの use_fp16、CUDA) または bf16
  --guidance       クラス条件付きチェックポイントの分類器なしガイダンス (既定値 1.5。
                   プリセットは README の値)
  --cuda_graphs    ネットワークの各パスを CUDA グラフとして再生 (既定値 off)
  --noise          seeded: `patchdiff sample` と同じ画像ごとの CPU ストリーム (既定値、
                   画像は並列に生成);
                   device: デバイス上の torch::randn (オリジナルと同じ)
  --fast_paths     スイッチ。例: conv=0,attn=1 ($PATCHDIFF_FAST_PATHS でも指定可)
  --ab             スイッチの組を 1 プロセス内で実行ごとに交互に比較。
                   例: --ab &apos;conv=0;conv=1&apos; --repeats 3 (組に noise=MODE を追加可)
  --block          同期して計測するブロックのステップ数 (既定値: CPU では 1、CUDA では 5)
  --json           レポートを JSON にも書き出す
  --profile        計測するステップの全演算子の時間も計測し、各ステップに占める
                   畳み込み、レイアウト (コピー、並べ替え)、GroupNorm+SiLU、アテンション、
                   要素ごとの演算、メモリ確保、ノイズ、ホストコードの割合と、
                   最もコストの高い演算子を表示
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
        <translation>使い方: patchdiff selftest [--reference DIR] [--compare_models A.pt,B.pt] [--compare_presets tiny,...]
                           [--device cpu|cuda] [--precision fp32|fp16|bf16]
                           [--cuda_graphs on|off] [--channels_last on|off] [--fast_paths SPEC]
                           [--model_tolerance X] [--sampling_tolerance X] [--threads N]
                           [--json out.json]
参照フォルダー (index.json。オリジナルが CPU 上 float32 で計算したもの) のネットワークと
サンプリングのケースをすべて実行し、それぞれの最大絶対誤差を表示します。いずれかが許容誤差
を超えると終了コード 1 で終了します (float32: CPU でのネットワーク出力は 1e-4、CUDA と
サンプリング実行は 1e-3。fp16 と bf16 は壊れた経路だけを検出する緩い範囲)。参照フォルダー
が部分的でファイルがないケースはスキップします。
  --compare_models, --compare_presets  これらのチェックポイント / プリセット (ランダムな
                   重み) も、同じ入力でデバイス上とこのビルドの CPU float32 経路で実行:
                   ネットワーク 1 パス、DDIM 10 ステップと DDPM 5 ステップ (ガイダンス 1.5)
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
        <translation>予期しない引数 &apos;%1&apos; (フラグは --name value の形式です)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>--cuda_graphs applies on CUDA only and is ignored on the CPU</source>
        <translation>--cuda_graphs は CUDA でのみ有効で、CPU では無視されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --preset NAME[,NAME] or --model_path A.pt[,B.pt]</source>
        <translation>--preset NAME[,NAME] か --model_path A.pt[,B.pt] のどちらかを指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model flags apply to --model_path; presets carry the README&apos;s flags</source>
        <translation>モデルのフラグは --model_path に適用されます。プリセットには README のフラグが含まれています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>building %1 (%2 networks, random weights)</source>
        <translation>%1 を構築中 (ネットワーク %2 個、ランダムな重み)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building %1 (one network, random weights)</source>
        <translation>%1 を構築中 (ネットワーク 1 個、ランダムな重み)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>give --reference DIR (the folder holding index.json), --compare_models or --compare_presets</source>
        <translation>--reference DIR (index.json のあるフォルダー)、--compare_models、--compare_presets のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>selftest on %1, %2, fast paths %3, CUDA graphs on</source>
        <translation>セルフテスト: %1、%2、高速経路 %3、CUDA グラフ オン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selftest on %1, %2, fast paths %3, CUDA graphs off</source>
        <translation>セルフテスト: %1、%2、高速経路 %3、CUDA グラフ オフ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max abs error %1 (tolerance %2)</source>
        <translation>最大絶対誤差 %1 (許容誤差 %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cases, %2 failed, %3 skipped</source>
        <translation>%1 ケース、失敗 %2、スキップ %3</translation>
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
        <translation>使い方: patchdiff compare --model_path A.pt,B.pt[,C.pt[,D.pt]] [サンプリングのフラグ] [--out DIR]
        patchdiff compare --model_path A.pt --vary SETTING=V1,V2[,...] [サンプリングのフラグ] [--out DIR]
1 点だけが異なり、それ以外 (シード、x_T、ラベル、サンプラー設定) をすべて共有する列を
順に実行し、DIR/compare.png (キャプション付きで列を並べたもの) と DIR/compare.json
(列ごとに 1 オブジェクト: checkpoint, patch_size, setting, params, gflop_per_pass,
ms_per_step_median, total_s, rms_to_first) を書き出します。
  --model_path        カンマ区切りのチェックポイント 2〜4 個 (列)、または --vary と併用で 1 個
  --vary              guidance_scale=1,1.5,3 | timestep_respacing=10,25,50 |
                      %1=False,True | eta=0,0.5,1 | sampler=ddim,dpmpp_2m,unipc |
                      schedule=uniform,karras | steps=10,20 |
                      strength=0.3,0.6,0.9 (--init_image と併用) (値は 2〜6 個)
  --init_image, --strength, --mask, --repaint_jumps  全列がその画像から開始
                      (patchdiff sample を参照)
  --sampler, --schedule  全列のソルバーとスケジュール (patchdiff sample を参照)
  --out               出力フォルダー (既定値 .)
  --num_samples       列ごとの画像数 (既定値 4)、--batch_size (既定値 16)
  --timestep_respacing, --guidance_scale (既定値 1.5), --%1, --eta,
  --dynamic_threshold auto|on|off, --clip_denoised, --seed (既定値 0),
  --class_labels 3,3,7 (既定値: &apos;sample&apos; と同じくシードから抽選),
  --threads N, --device cpu|cuda, --entry NAME、およびオリジナルの MODEL_FLAGS
  --score N           各列の評価も行う: 列ごとに N 枚の画像を追加で生成し (クラスは均等)、
                      データに対するフレシェ距離とクラス精度 (patchdiff score を参照。FD を
                      安定させるには 500 以上) を、表、compare.json、DIR/quality.png
                      (完成画像 1 枚あたりの GFLOP に対する FD) に示す。--data_dir、
                      --feature_net は patchdiff score と同じように指定
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(ms/step: median wall time of one step of a batch; GFLOP per image per network pass, x2 per step with guidance;
 speed-up and GFLOP ratio per image run relative to the first column; RMS in [-1, 1])</source>
        <translation>(ms/step: バッチの 1 ステップの実時間の中央値。GFLOP は画像 1 枚・ネットワーク 1 パスあたりで、ガイダンスありでは 1 ステップあたり x2。
 高速化率と GFLOP 比は画像 1 枚の実行あたりで、最初の列に対する値。RMS は [-1, 1] の範囲)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ms/step: median wall time of one step of a batch; GFLOP per image per network pass;
 speed-up and GFLOP ratio per image run relative to the first column; RMS in [-1, 1])</source>
        <translation>(ms/step: バッチの 1 ステップの実時間の中央値。GFLOP は画像 1 枚・ネットワーク 1 パスあたり。
 高速化率と GFLOP 比は画像 1 枚の実行あたりで、最初の列に対する値。RMS は [-1, 1] の範囲)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(%1 images per column, features of %2; the floor: as many held-out real images)</source>
        <extracomment>Below the scores of `patchdiff compare --score`: %1 images per column, %2 the feature network&apos;s file name.</extracomment>
        <translation>(列ごとに %1 枚の画像、特徴は %2。下限: 同じ枚数の評価用に保留した実画像)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--model_path is required: 2 to 4 checkpoints, comma separated, or one with --vary</source>
        <translation>--model_path が必要です: カンマ区切りのチェックポイント 2〜4 個、または --vary と併用で 1 個</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 and --vary %2 both given: the varied setting takes its values from --vary</source>
        <extracomment>%1 a flag given, %2 the setting --vary varies (the flag sets it).</extracomment>
        <translation>--%1 と --vary %2 の両方が指定されました: 変化させる設定の値は --vary から取ります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vary strength starts every column from an image: give it with --init_image</source>
        <translation>--vary strength では各列が画像から開始します: --init_image で画像を指定してください</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="-46"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-112"/>
        <source>--device cuda: this LibTorch build has no usable CUDA device</source>
        <translation>--device cuda: この LibTorch ビルドには使用可能な CUDA デバイスがありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>scoring column %1/%2</source>
        <extracomment>Progress label while the images a column is scored on are made: %1 the column, %2 of how many.</extracomment>
        <translation>列 %1/%2 を評価中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1/%2</source>
        <translation>列 %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+101"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-56"/>
        <location line="+88"/>
        <location filename="../app/patchdiff/cmd_train.cpp" line="+100"/>
        <source>steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot create the output folder &apos;%1&apos;: %2</source>
        <translation>出力フォルダー &apos;%1&apos; を作成できません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote %1 and %2</source>
        <translation>%1 と %2 を書き出しました</translation>
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
        <translation>使い方: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]
同梱の絵文字モデルの学習データセット (resources/models/MODEL_CARD.md) を作成します:
emoji-datasource-google@16.0.0 と emoji-datasource-twitter@16.0.0 を `npm pack` で取得し
(または指定の --tarballs を読み込み)、パッケージの emoji.json に載っている 64x64 の PNG
(肌の色のバリエーションを含む) をすべて白背景に合成して、次を書き出します
  OUTDIR/train/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png     `patchdiff train --data_dir OUTDIR/train` 用
  OUTDIR/heldout/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png   固定の割合 F (既定値 0.1)。基本の絵文字の
                                             ハッシュで選択 (肌の色と 2 種類の描画は
                                             すべて同じ側)
  OUTDIR/classes.json                        9 つのクラス名と枚数
クラスは絵文字のカテゴリーを整数にしたものです (オリジナルの学習スクリプトの規約):
0 Smileys &amp; Emotion, 1 People &amp; Body, 2 Animals &amp; Nature, 3 Food &amp; Drink, 4 Travel &amp; Places,
5 Activities, 6 Objects, 7 Symbols (Component を含む), 8 Flags.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>%1 に一時フォルダーを作成できません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]</source>
        <translation>使い方: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fetching %1 and %2 with npm pack...</source>
        <translation>%1 と %2 を npm pack で取得中...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(%1% held out)</source>
        <translation>(%1% を評価用に保留)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped %1 images that emoji.json does not list</source>
        <translation>emoji.json に載っていない画像 %1 枚をスキップしました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote %1/train, %1/heldout and %1/classes.json</source>
        <translation>%1/train、%1/heldout、%1/classes.json を書き出しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown data set &apos;%1&apos; (known: emoji)</source>
        <translation>不明なデータセット &apos;%1&apos; (既知: emoji)</translation>
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
        <translation>使い方: patchdiff forward CKPT --x x.npy --t 999,500 [--y 0,3] [--out out.npy]
                          [--device cpu|cuda] [--threads N] [モデルのフラグ]
ネットワークを 1 回実行します。x: モデル空間の float [B, 3, S, S]。t: 画像ごとの
オリジナルのタイムステップ (全画像共通なら 1 つ)。y: クラス条件付きモデルでの画像ごとの
ラベル (クラス数がヌルラベル)。出力の最大値と平均を表示します。
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>forward needs a checkpoint (patchdiff forward CKPT ...)</source>
        <translation>forward にはチェックポイントが必要です (patchdiff forward CKPT ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forward needs --x x.npy ([B, 3, S, S] float)</source>
        <translation>forward には --x x.npy ([B, 3, S, S] float) が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward needs --t (timesteps, e.g. 999,500)</source>
        <translation>forward には --t (タイムステップ。例: 999,500) が必要です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--x %1 has shape %2, the model needs %3</source>
        <translation>--x %1 の形状は %2 ですが、モデルには %3 が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--t has %1 timesteps for %2 images</source>
        <translation>--t のタイムステップは %1 個ですが、画像は %2 枚です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this model is class-conditional: give --y (labels)</source>
        <translation>このモデルはクラス条件付きです: --y (ラベル) を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--y has %1 labels for %2 images</source>
        <translation>--y のラベルは %1 個ですが、画像は %2 枚です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label %1 is out of range: 0..%2, or %3 for no label</source>
        <translation>ラベル %1 は範囲外です: 0..%2、ラベルなしは %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--y given, but this model is unconditional</source>
        <translation>--y が指定されましたが、このモデルは無条件です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--use_fp16 applies on CUDA only; running float32 on the CPU</source>
        <translation>--use_fp16 は CUDA でのみ有効です。CPU では float32 で実行します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>output %1  max %2  mean %3  max|.| %4</source>
        <extracomment>The network&apos;s output: %1 its shape, then its largest value, mean and largest magnitude.</extracomment>
        <translation>出力 %1  最大 %2  平均 %3  最大|.| %4</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_info.cpp" line="+26"/>
        <source>user</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from (patchdiff info): the user&apos;s command line.</extracomment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sidecar</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the checkpoint&apos;s .json sidecar file.</extracomment>
        <translation>サイドカー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: read from the weights&apos; tensor shapes.</extracomment>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the original&apos;s default.</extracomment>
        <translation>既定値</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: patchdiff info CKPT... [--entry NAME] [model/diffusion flags]
CKPT is a .pt file or the name of a bundled model (e.g. emoji64_p4).
Shows the resolved flags (and whether each came from you, the sidecar JSON, the
weights or the defaults), parameters, GFLOP per image per network pass and classes.
</source>
        <extracomment>patchdiff info --help. Keep CKPT, NAME, --entry and file names as they are.</extracomment>
        <translation>使い方: patchdiff info CKPT... [--entry NAME] [モデル/拡散のフラグ]
CKPT は .pt ファイルか同梱モデルの名前 (例: emoji64_p4) です。
解決済みのフラグ (それぞれがユーザー、サイドカー JSON、重み、既定値のどれから来たか)、
パラメーター数、画像 1 枚・ネットワーク 1 パスあたりの GFLOP、クラスを表示します。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>info needs a checkpoint: a .pt file or a bundled model name (%1)</source>
        <translation>info にはチェックポイントが必要です: .pt ファイルか同梱モデルの名前 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry:</source>
        <translation>エントリ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (available: %2; choose with --entry)</source>
        <translation>%1 (選択肢: %2。--entry で選択)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters:</source>
        <translation>パラメーター:</translation>
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
        <translation>GFLOP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per image per network pass (x2 with guidance)</source>
        <translation>画像 1 枚・ネットワーク 1 パスあたり %1 (ガイダンスありで x2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 px, patch size %2 -&gt; U-Net at %3 x %3 with %4 channels in</source>
        <extracomment>%1 image size in pixels, %2 the patch size P, %3 the U-Net&apos;s resolution (image size / P), %4 its input channels (3 P^2).</extracomment>
        <translation>%1 px、パッチサイズ %2 -&gt; U-Net は %3 x %3、入力 %4 チャネル</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>classes:</source>
        <translation>クラス:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 (null label for guidance: %2)</source>
        <translation>%1 (ガイダンス用のヌルラベル: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unconditional</source>
        <translation>無条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flags:</source>
        <translation>フラグ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as a command line:</source>
        <translation>コマンドラインとして:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribution:</source>
        <translation>クレジット:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>license:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="-111"/>
        <source>--model_path is required (one checkpoint, or several for --snr_splits)</source>
        <translation>--model_path が必要です (チェックポイント 1 個、--snr_splits では複数)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--use_fp16 True applies on CUDA only and is ignored on the CPU</source>
        <translation>--use_fp16 True は CUDA でのみ有効で、CPU では無視されます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the model is unconditional, so --guidance_scale %1 has no effect (the original skips guidance for such models too)</source>
        <translation>モデルが無条件のため、--guidance_scale %1 は効果がありません (オリジナルもこのようなモデルではガイダンスを省略します)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--num_samples and --batch_size must be positive</source>
        <translation>--num_samples と --batch_size は正の値にしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--trajectory must be a positive step interval</source>
        <translation>--trajectory には正のステップ間隔を指定してください</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>split over %1 processes (%2); rank 0 wrote the files</source>
        <extracomment>A sampling run split over processes: %1 processes, %2 the backend (gloo, nccl).</extracomment>
        <translation>%1 プロセスに分割（%2）。ランク 0 がファイルを書き出しました</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/sampler_args.cpp" line="+29"/>
        <source>--%2 True and --sampler %1 disagree: give one of them</source>
        <extracomment>%1 the solver given with --sampler, %2 the original&apos;s DDIM flag name.</extracomment>
        <translation>--%2 True と --sampler %1 が矛盾しています: どちらか一方を指定してください</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--strength below 1 starts from an image: give it with --init_image</source>
        <translation>1 未満の --strength は画像から開始します: --init_image で画像を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mask marks the part of an --init_image to regenerate: give the image</source>
        <translation>--mask は --init_image の再生成する部分を示します: 画像を指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--repaint_jumps resamples an inpainting run: give a --mask</source>
        <translation>--repaint_jumps はインペインティングの実行を再サンプリングします: --mask を指定してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is %2x%3: resized to %4x%4 as training resizes images (box halving, bicubic, centre crop)</source>
        <translation>%1 は %2x%3 です: 学習時と同じ方法で %4x%4 にリサイズしました (ボックスフィルターによる半減、バイキュービック、中央の切り抜き)</translation>
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
        <translation>使い方: patchdiff sample --model_path A.pt[,B.pt] [オリジナルの MODEL_FLAGS と SAMPLE_FLAGS]
                         [--seed N] [--class_labels 3,3,7|random] [--device cpu|cuda]
                         [--eta E] [--noise xT.npy] [--dynamic_threshold auto|on|off]
                         [--trajectory K] [--threads N] [--entry NAME]
                         [--sampler NAME] [--schedule NAME] [--order K]
                         [--init_image PATH|DIR [--strength S] [--mask PATH]
                          [--repaint_jumps N] [--repaint_jump_length J]]
                        [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
オリジナルの README にあるサンプリングのコマンドラインをそのまま受け付けます。--save_dir
(既定値 .) に samples_NxHxWx3.npz (オリジナルと同じ)、グリッドの PNG、画像ごとの PNG を
書き出します。各 PNG の &apos;patchdiff&apos; テキストチャンクに再現に必要な情報がすべて入ります。
  --model_path        カンマ区切りのチェックポイント。SNR が最も高いモデルが先 (分割);
                      emoji64_p4 のような名前だけの指定は同梱モデル
  --snr_splits        分割モデル間の SNR の境界。例: 0.25
  --timestep_respacing  250、10,20,30 または ddim50 (既定値: 拡散の全ステップ)
  --guidance_scale    分類器なしガイダンス (既定値 1.5。1 = オフ)
  --%1          True で DDIM (--eta と併用、既定値 0)
  --sampler           ddpm (既定)、ddim、euler、euler_ancestral、heun (1 ステップ
                      2 回の評価)、dpmpp_2m、dpmpp_2m_sde (--eta、既定値 1)、unipc。
                      このとき --timestep_respacing N は N ステップの意味
  --schedule          uniform (リスペーシング文字列、既定)、karras、exponential、
                      trailing
  --order             unipc の次数 (既定値 3、ガイダンス時は 2)
  --num_samples, --batch_size, --clip_denoised, --use_fp16 (CUDA のみ)
  --seed              画像 i は (シード, i) のノイズストリームを使う (既定値 0)
  --class_labels      画像のラベル。必要に応じて繰り返す。または random (既定値)
  --noise             全画像の x_T を .npy [N, 3, H, W] から読む
  --dynamic_threshold auto (ガイダンス時にだけオン、オリジナルと同じ)、on、off
  --trajectory K      K ステップごとの x0 予測も trajectory.npz に保存
  --init_image        ノイズの代わりにこの画像 (またはフォルダー内の各画像) から開始。
                      --num_samples N で N 枚のバリエーション (既定: 画像ごとに 1 枚)。
                      サイズの異なる画像は学習時と同じ方法でリサイズ
  --strength          画像をどこまでノイズに沈めるか。(0, 1] の範囲 (既定値 1:
                      ノイズから開始。0.5 で構図を保ち、0 に近いと画像がほぼそのまま戻る)
  --mask              インペインティング: 白は再生成、黒は画像のピクセルを正確に保持
                      (画像と同じサイズ)
  --repaint_jumps N   RePaint の再サンプリング: J ステップごとに J ステップ戻って
                      再び下る操作を N 回 (既定値 0)。J: --repaint_jump_length
                      (既定値 10)
複数のプロセス（torchrun --no-python --nproc_per_node N patchdiff sample ...）で画像を分担します：
ランク r は画像 r、r+N、... をサンプリングし、ランク 0 がファイルを書き出します。結果は
1 プロセスの場合と同じです（docs/distributed.md）。
</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>--class_labels is empty</source>
        <translation>--class_labels が空です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--class_labels given, but the model is unconditional</source>
        <translation>--class_labels が指定されましたが、モデルは無条件です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--noise %1 has shape %2, expected %3</source>
        <translation>--noise %1 の形状は %2 です (期待値 %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--repaint_jump_length %1 leaves no room for a jump in the %2 steps this run walks: no resampling happens (try a shorter length)</source>
        <extracomment>%1 the jump length, %2 the steps the run walks.</extracomment>
        <translation>--repaint_jump_length %1 では、この実行の %2 ステップにジャンプの余地がありません: 再サンプリングは行われません (より短い長さを試してください)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting from %1 input image(s) at strength %2: the run begins at step %3 of %4</source>
        <extracomment>%1 the number of input images, %2 the strength, %3 the first step run, %4 the step count.</extracomment>
        <translation>入力画像 %1 枚から強度 %2 で開始します: 実行はステップ %3/%4 から始まります</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>batch %1/%2</source>
        <translation>バッチ %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>interrupted before the first batch finished: nothing to keep</source>
        <translation>最初のバッチが終わる前に中断しました: 保存するものはありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>saving to %1</source>
        <translation>%1 に保存中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trajectory (every %1 steps) in %2</source>
        <translation>軌跡 (%1 ステップごと) を %2 に保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sampled %1 images, %2 steps each, %3 ms per step (batch %4, %5), %6 s in all</source>
        <translation>画像 %1 枚をサンプリングしました。各 %2 ステップ、1 ステップ %3 ms (バッチ %4、%5)、合計 %6 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>interrupted: kept the %1 images of the finished batches (of %2) in %3</source>
        <translation>中断しました: 完了したバッチの画像 %1 枚 (%2 枚中) を %3 に保存しました</translation>
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
        <translation>使い方: patchdiff train --data_dir DIR [オリジナルの MODEL_FLAGS, DIFFUSION_FLAGS, TRAIN_FLAGS]
                        [--log_dir DIR] [--max_steps N] [--max_minutes M] [--device cpu|cuda]
                        [--precision fp32|fp16|bf16] [--class_dropout_prob P] [--seed N]
                        [--sample_every N] [--grad_clip G] [--num_workers N] [--threads N]
                       [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
                        [--dry_run]
オリジナルの README にある学習のコマンドラインをそのまま受け付けます。画像: --data_dir
以下のすべての .jpg/.jpeg/.png/.gif を stb_image でデコードし、オリジナルと同じ方法で
リサイズ (ボックス縮小、バイキュービック、中央切り抜き。--random_crop, --random_flip)。
--class_cond True では、ファイル名の最初のアンダースコアより前がクラスです: 整数
(オリジナルの 3_cat.png) または単語 (ソート順に番号付け。名前はサイドカーに記録)。
--log_dir (既定値 $OPENAI_LOGDIR、なければ ./train-&lt;date&gt;) に、--save_interval ステップ
ごとと終了時に model{N}.pt、ema_{rate}_{N}.pt、opt{N}.pt を、各モデルの隣に .json
サイドカー (`patchdiff sample --model_path` でフラグ不要になる) を、そして progress.csv
を書き出します。
--resume_checkpoint DIR/modelN.pt は正確に再開します (オプティマイザー、EMA、乱数、
データ順)。名前にステップを含まないファイル (同梱の初期モデル emoji64_p4.pt など) は
初期の重みだけを与えます: ステップ 0、EMA はその重みから、AdamW は新規。
オリジナルにない機能:
  --class_dropout_prob  この割合でラベルをヌルラベルに置き換え (既定値 0.1)、ガイダンス
                        付きでサンプリングできるようにする
  --max_steps N         通算ステップ N で停止。--max_minutes M: この実行の M 分後に停止
  --precision           fp32 (CPU または CUDA)、fp16 (CUDA: --use_fp16 の半精度トルソー、
                        動的な損失スケーリング付き)、bf16 (CUDA autocast)
  --sample_every N      N ステップごとに EMA のサンプルグリッド samples_N.png (DDIM、
                        ガイダンス付き)
  --grad_clip G         勾配ノルムをクリップ。--max_nonfinite K: 不正なステップ K 回で停止
  --ema_dtype float16   EMA ファイルを float16 で保存 (サイズ半分、オリジナルの use_fp16 と同じ)
  --dry_run             フラグとデータフォルダーを確認し、計画を表示するだけで学習しない
複数のプロセス（torchrun --no-python --nproc_per_node N patchdiff train ...、mpirun、srun）は
データ並列で学習します：各プロセスがファイルの自分の分担を読み、勾配を平均し、バッチは
--batch_size x N です。ランク 0 がログとチェックポイントを書き出します（docs/distributed.md）。
  --dist_init           プロセスの合流方法：env://（MASTER_ADDR、MASTER_PORT。既定）、
                        file://PATH（全プロセスから見える新しいファイル）、tcp://HOST:PORT
  --dist_timeout S      集団通信は失われたランクを最大 S 秒（既定 1800）待ちます
Ctrl+C で現在のステップの後に停止し、チェックポイントを保存します。
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--save_format safetensors writes model, EMA and optimizer files as .safetensors with the
sidecar inside (default pt: torch.save files, as the original); --resume_checkpoint reads both.
</source>
        <extracomment>patchdiff train --help, its last paragraph. Keep flag names, values and file names.</extracomment>
        <translation>--save_format safetensors: モデル、EMA、オプティマイザのファイルをサイドカー込みの .safetensors で
書き出します (既定の pt はオリジナルと同じ torch.save 形式)。--resume_checkpoint はどちらも読めます。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>step %1  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/step  %8 img/s</source>
        <extracomment>One line of the training log. loss, mse, vb (variational bound), grad (gradient norm) and lr (learning rate) are the names in progress.csv: keep them.</extracomment>
        <translation>ステップ %1  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/ステップ  %8 枚/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  allreduce %1 s/step</source>
        <extracomment>Appended to a training log line when several processes train: the seconds per step the gradients&apos; allreduce took (part of the s/step before it). Keep &quot;allreduce&quot; as it is.</extracomment>
        <translation>  allreduce %1 s/ステップ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--data_dir is required (a folder of training images)</source>
        <translation>--data_dir が必要です (学習画像のフォルダー)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data: %1 images in %2</source>
        <translation>データ: %2 に画像 %1 枚</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 classes</source>
        <translation>%1、%2 クラス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training: lr %1, batch %2 (microbatch %3), ema %4, sampler %5, precision %6, device %7</source>
        <extracomment>The training plan of --dry_run: lr (learning rate), batch and microbatch sizes, the EMA rates, the timestep sampler (uniform, loss-second-moment), precision and device.</extracomment>
        <translation>学習: lr %1、バッチ %2 (マイクロバッチ %3)、EMA %4、サンプラー %5、精度 %6、デバイス %7</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>logging to %1</source>
        <translation>%1 にログを記録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data-parallel over %1 processes (%2), global batch %3</source>
        <extracomment>A data-parallel run: %1 processes, %2 the backend (gloo, nccl), %3 the global batch.</extracomment>
        <translation>%1 プロセスでデータ並列（%2）、グローバルバッチ %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 steps in %3 s (%4 images/s); checkpoints in %5</source>
        <extracomment>The end of training: %1 is why it stopped (the trainer&apos;s words, English), %2 the steps run.</extracomment>
        <translation>%1: %3 s で %2 ステップ (%4 枚/s)。チェックポイントは %5</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/commands.cpp" line="+21"/>
        <source>show a checkpoint&apos;s resolved flags, parameters, GFLOP and classes</source>
        <translation>チェックポイントの解決済みフラグ、パラメーター、GFLOP、クラスを表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run the network once on an .npy input</source>
        <translation>.npy の入力でネットワークを 1 回実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate images (drop-in for the original image_sample.py)</source>
        <translation>画像を生成 (オリジナルの image_sample.py の代替)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time the sampling loop for presets or checkpoints (ms/step, TFLOP/s, memory)</source>
        <translation>プリセットやチェックポイントのサンプリングループを計測 (ms/step、TFLOP/s、メモリ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a device/precision against the original&apos;s reference outputs</source>
        <translation>デバイス/精度をオリジナルの参照出力と照合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample columns from identical noise: checkpoints or one setting side by side</source>
        <translation>同一のノイズから列をサンプリング: チェックポイントや 1 つの設定を並べて比較</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>build a training set (data emoji: the bundled models&apos; emoji images)</source>
        <translation>学習データセットを作成 (data emoji: 同梱モデルの絵文字画像)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>convert a checkpoint between .pt and .safetensors (optionally its dtype)</source>
        <translation>チェックポイントを .pt と .safetensors の間で変換する (dtype の変更も可)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss of checkpoints on held-out images, on identical draws</source>
        <translation>評価用に保留した画像でのチェックポイントの学習損失 (同一の乱数で比較)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample quality: FD, KID, precision/recall, class accuracy (score train: its network)</source>
        <translation>生成画像の品質: FD、KID、適合率/再現率、クラス精度 (score train: その特徴ネットワーク)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train a model on a folder of images (drop-in for the original image_train.py)</source>
        <translation>画像フォルダーでモデルを学習 (オリジナルの image_train.py の代替)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: patchdiff &lt;command&gt; [flags]</source>
        <translation>使い方: patchdiff &lt;コマンド&gt; [フラグ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;patchdiff &lt;command&gt; --help&apos; lists a command&apos;s flags.</source>
        <translation>&apos;patchdiff &lt;コマンド&gt; --help&apos; でコマンドのフラグを一覧表示します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>不明なコマンド &apos;%1&apos; (コマンド: %2)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/main.cpp" line="+28"/>
        <source>bundled models: %1</source>
        <translation>同梱モデル: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found (set PATCHDIFF_MODELS_DIR)</source>
        <translation>見つかりません (PATCHDIFF_MODELS_DIR を設定してください)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License: %1, with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>ライセンス: %1 (無保証)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party libraries:</source>
        <translation>サードパーティ ライブラリ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>patchdiff %1: cancelled</source>
        <translation>patchdiff %1: キャンセルされました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>patchdiff %1: error: %2</source>
        <extracomment>The frame around an error message: %1 is the command (sample, train, ...), %2 the message itself (translated where it has a translation).</extracomment>
        <translation>patchdiff %1: エラー: %2</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/progress_bar.cpp" line="+32"/>
        <source>%1 d %2</source>
        <extracomment>A duration of a day or more: %1 is the number of days, %2 hours:minutes:seconds.</extracomment>
        <translation>%1 日 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ETA</source>
        <extracomment>Estimated time left in a progress line, followed by hours:minutes:seconds.</extracomment>
        <translation>残り</translation>
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
        <translation>使い方: patchdiff evaluate --model_path A.pt[,B.pt...] --data_dir DIR [--samples_per_image K]
                           [--seed S] [--batch_size B] [--device cpu|cuda] [--json FILE]
                           [--threads N] [--entry NAME] [モデル/拡散のフラグ]
各チェックポイントの学習損失 (学習と同じもの: 重み付き x0 MSE に、学習した sigma の変分
下界を加えたもの。モデルの --weight_schedule を使用) を DIR のすべての画像 (中央切り抜き、
反転なし、真のクラスラベル: ラベルのドロップアウトなし) で、画像ごとに K 回計算します。
t は拡散ステップ上で一様、ガウスノイズは (シード, 画像, 抽選) だけで初期化した生成器から
引くため、どのチェックポイント、バッチサイズ、デバイスでも同じ (x0, t, ノイズ) の組を
使います。各項の平均と抽選に対する平均の標準誤差を、全体と t の四分位ごと (q0: t &lt; T/4
... q3: 最もノイズが多い) に表示し、2 つ目以降のチェックポイントについては最初のものとの
対応のある差 (同じ抽選なので、どちらの平均よりも誤差がずっと小さい) を表示します。
モデルの学習に使っていない画像で使ってください。
  --model_path         カンマ区切りのチェックポイント (.pt ファイルまたは同梱モデルの名前)
  --data_dir           画像 (DIR 以下の .jpg/.jpeg/.png/.gif。クラスは `patchdiff train`
                       と同じくファイル名から)
  --samples_per_image  画像ごとの (t, ノイズ) の抽選回数 (既定値 4)
  --seed               抽選のシード (既定値 0)
  --batch_size         ネットワーク 1 パスあたりの画像数 (既定値 32。丸め誤差を超えて結果は
                       変わらない)
  --device             cpu (既定値) または cuda。どちらも fp32
  --json FILE          結果 (と対応のある差) を JSON にも書き出す
</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>paired difference to %1 (same draws; negative: lower loss than it)</source>
        <translation>%1 との対応のある差 (同じ抽選。負: %1 より損失が小さい)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--model_path is required: one or more checkpoints, comma separated</source>
        <translation>--model_path が必要です: カンマ区切りのチェックポイント 1 個以上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--data_dir is required: a folder of images the models were not trained on</source>
        <translation>--data_dir が必要です: モデルの学習に使っていない画像のフォルダー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--samples_per_image must be at least 1</source>
        <translation>--samples_per_image は 1 以上にしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--batch_size must be at least 1</source>
        <translation>--batch_size は 1 以上にしてください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>images</source>
        <comment>progress unit</comment>
        <translation>枚</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss on %1: %2 images x %3 draws (seed %4), t uniform over %5 steps, true labels</source>
        <extracomment>%1 the folder, %2 images, %3 draws of (t, noise) per image, %4 their seed, %5 the diffusion&apos;s steps.</extracomment>
        <translation>%1 での学習損失: 画像 %2 枚 x 抽選 %3 回 (シード %4)、t は %5 ステップ上で一様、真のラベル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 undecodable files left out)</source>
        <translation>(デコードできないファイル %1 個を除外)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/sample_plan.cpp" line="+19"/>
        <source>sampling %1 images in %2 batches of up to %3, %4 %5 steps each, on %6, into %7</source>
        <extracomment>Said before sampling starts. %1 images, %2 batches, %3 images per batch, %4 steps per image, %5 the solver (ddpm, ddim, unipc, ...), %6 the device (cpu, cuda:0), %7 the output folder.</extracomment>
        <translation>%1 枚の画像を最大 %3 枚ずつ %2 バッチでサンプリングします。各 %4 ステップ (%5)、デバイス %6、出力先 %7</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>these are the original&apos;s defaults (--num_samples 10000, all %1 diffusion steps); for a quick look try --num_samples 16 --timestep_respacing 50</source>
        <translation>これは元実装の既定値です (--num_samples 10000、拡散ステップ %1 すべて)。手早く試すには --num_samples 16 --timestep_respacing 50</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>estimated time: about %1 (%2 s per step); Ctrl+C stops and keeps the finished batches</source>
        <extracomment>%1 a duration (h:mm:ss, or days and h:mm:ss), %2 seconds per step of one batch.</extracomment>
        <translation>予想時間: 約 %1 (1 ステップ %2 s)。Ctrl+C で停止し、完了したバッチは保存されます</translation>
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
        <translation>使い方: patchdiff convert IN OUT [--dtype float16|bfloat16|float32] [--ema RATE]
                         [--entry NAME]
チェックポイントを .pt (torch.save、オリジナルの形式) と .safetensors の間で、OUT の
拡張子に従って変換します。.safetensors ファイルはサイドカーのフラグ、クラス名、来歴を
__metadata__ に持ちます。.pt には .json のサイドカーが付きます。
--dtype で浮動小数点のテンソルを変換しない限り、テンソルはビット単位でそのまま写されます。
--ema RATE: 学習の modelN から、その隣の ema_RATE_N を変換します。
--entry NAME: 複数を含むファイルから取り出す state_dict。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>convert needs two files: patchdiff convert IN OUT</source>
        <translation>convert には 2 つのファイルが必要です: patchdiff convert IN OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote %1 (%2 tensors from %3)</source>
        <extracomment>After patchdiff convert: %1 the file written, %2 how many tensors, %3 the file read.</extracomment>
        <translation>%1 を書き出しました (%3 から %2 個のテンソル)</translation>
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
        <translation>使い方: patchdiff score --images DIR|FILE.npz [--labels L] [--json FILE] [オプション]
        patchdiff score train --data_dir DIR --out NET.pt [--epochs E] [--seed S] [--threads N]
画像セットがデータセットにどれだけ近いかを測ります: 画像の特徴とデータの学習用画像の特徴の
間のフレシェ距離 (FD) と KID、適合率と再現率 (Kynkäänniemi et al. 2019、k = 3)、クラス
精度 (分類器が要求どおりのクラスに分類した画像の割合) を、それぞれの下限と並べて表示します。
下限はデータの評価用に保留した実画像 (同じ枚数、1 回だけ抽出) での同じ値で、どの生成器も
これを上回らないと考えられます。
特徴は同梱の絵文字分類器 (resources/score/emoji64_features.pt) または任意の TorchScript
ネットワーク (--feature_net) の最後から 2 番目の層です。
  --images DIR|FILE   `patchdiff sample` が書き出す形式の PNG フォルダー (クラスは各 PNG の
                      メタデータか &lt;class&gt;_ というファイル名の接頭辞から。*_grid.png は
                      スキップ)、またはオリジナルの samples_NxHxWx3.npz (クラスは arr_1)
  --labels L          要求するクラス。カンマ区切り (画像に対して繰り返す)。画像とともに
                      見つかったクラスより優先
  --class_accuracy    auto (既定: 画像にクラスがあるとき) | on (クラスがなければエラー)
                      | off
  --data_dir DIR      データセット (`patchdiff data emoji DIR` が書き出す DIR/train、
                      DIR/heldout)。ネットワークごとに 1 回必要: その参照特徴はネットワーク
                      の隣 (または ~/.cache/patchdiff) にキャッシュされ、以後の実行で使われる
  --feature_net FILE  TorchScript の特徴ネットワーク (forward: 画像 -&gt; [N, D] の特徴。
                      任意で classify(features) -&gt; ロジット。属性 input_size、input_min、
                      input_max)。例: エクスポートした InceptionV3 (docs/quality.md)
  --feature_input_size S, --feature_input_range LO,HI   モジュールが示さない場合
  --kid_subsets 100, --kid_subset_size 1000, --seed 0 (どのサブセットを使うか)
  --json FILE         fd、kid、kid_std、precision、recall、class_accuracy、num_images、
                      floor{同じキー} を JSON にも書き出す
  --feature_batch_size 100, --threads N
  --model_path A.pt --num_samples N [--repeats R] [サンプリングのフラグ]: N 枚の画像を
                      サンプリングして (クラスは均等: 画像 i はクラス i mod C、または
                      --class_labels を繰り返したもの)、評価する。ジョブとノイズは
                      `patchdiff sample` と同じ (--timestep_respacing、--sampler、
                      --schedule、--order、--eta、--guidance_scale、--dynamic_threshold、
                      --batch_size、--seed、--device、オリジナルのサンプリングとモデルの
                      フラグ)。R &gt; 1 ではシード seed、seed+1、... のシードセットから平均と
                      標準偏差を求める
score train: DIR/train で特徴分類器を学習し (クラスは &lt;class&gt;_ というファイル名の接頭辞
から、クラス名は DIR/classes.json があればそこから)、各エポックの後に DIR/heldout での
精度を表示します。--epochs 10、--batch_size 64、--lr 0.002、--seed 0、--threads N。
結果は、どの LibTorch や PyTorch でも読み込める TorchScript ファイルです (torch.jit.load)。
</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/score_args.cpp" line="+46"/>
        <source>the bundled feature network %1 was not found (set PATCHDIFF_SCORE_DIR, or give --feature_net FILE)</source>
        <extracomment>%1 the bundled network&apos;s file name (emoji64_features.pt).</extracomment>
        <translation>同梱の特徴ネットワーク %1 が見つかりません (PATCHDIFF_SCORE_DIR を設定するか、--feature_net FILE を指定してください)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+54"/>
        <location line="+198"/>
        <location line="+107"/>
        <source>images</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the column of the scored images.</extracomment>
        <translation>画像</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>metric</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the metric names (FD, KID, precision, ...).</extracomment>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="-142"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+3"/>
        <source>floor (held-out real)</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the floor: the same numbers for the data set&apos;s held-out real images.</extracomment>
        <translation>下限 (評価用に保留した実画像)</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+6"/>
        <source>precision</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: precision as in precision and recall (Kynkäänniemi et al.).</extracomment>
        <translation>適合率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recall</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: recall as in precision and recall (Kynkäänniemi et al.).</extracomment>
        <translation>再現率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class accuracy</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: the share of images the classifier puts in their requested class.</extracomment>
        <translation>クラス精度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>images</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: the number of images scored.</extracomment>
        <translation>画像数</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>score train needs --data_dir DIR (with DIR/train and DIR/heldout) and --out NET.pt</source>
        <translation>score train には --data_dir DIR (DIR/train と DIR/heldout を含むもの) と --out NET.pt が必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1/train&apos; has images without a class: name them &lt;class&gt;_&lt;anything&gt;.png</source>
        <extracomment>%1 the data set&apos;s folder (--data_dir).</extracomment>
        <translation>&apos;%1/train&apos; にクラスのない画像があります: &lt;class&gt;_&lt;anything&gt;.png という名前にしてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training the feature classifier on %1 images (%2 classes), %3 held out, %4 epochs, seed %5</source>
        <extracomment>%1 training images, %2 classes, %3 held-out images, %4 epochs, %5 the seed.</extracomment>
        <translation>特徴分類器を %1 枚の画像 (%2 クラス) で学習します。評価用に保留 %3 枚、%4 エポック、シード %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>train</source>
        <comment>progress label</comment>
        <extracomment>Progress label while `patchdiff score train` trains the feature classifier.</extracomment>
        <translation>学習</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>epoch %1: loss %2, held-out accuracy %3</source>
        <extracomment>After each epoch of `score train`: %1 the epoch, %2 its mean training loss, %3 the classifier&apos;s accuracy on the held-out images.</extracomment>
        <translation>エポック %1: 損失 %2、評価用画像での精度 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>held-out accuracy per class:</source>
        <extracomment>Followed by each class&apos;s name and its accuracy on the held-out images.</extracomment>
        <translation>クラスごとの評価用画像での精度:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote %1 (held-out accuracy %2)</source>
        <extracomment>%1 the classifier&apos;s file, %2 its accuracy on the held-out images after the last epoch.</extracomment>
        <translation>%1 を書き出しました (評価用画像での精度 %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give --num_samples N with --model_path (the images per seed set; 500 or more for a stable FD)</source>
        <translation>--model_path には --num_samples N も指定してください (シードセットごとの画像数。FD を安定させるには 500 以上)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--num_samples must be at least 2, --batch_size and --repeats at least 1</source>
        <translation>--num_samples は 2 以上、--batch_size と --repeats は 1 以上にしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model makes %1x%1 images but the reference data are %2x%2</source>
        <extracomment>%1 the side of the model&apos;s (square) images, %2 that of the data set&apos;s images.</extracomment>
        <translation>モデルは %1x%1 の画像を生成しますが、参照データは %2x%2 です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seed %1</source>
        <extracomment>Progress label while sampling the images of one seed set: %1 the seed.</extracomment>
        <translation>シード %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 images x %2 seed sets of %3 (%4, %5 steps, guidance %6) against %7 train images</source>
        <extracomment>Above the score table: %1 images per seed set, %2 seed sets, %3 the checkpoint(s), %4 the sampler, %5 its steps, %6 the guidance scale, %7 the images of the data set&apos;s train split.</extracomment>
        <translation>%3 の画像 %1 枚 x シードセット %2 個 (%4、%5 ステップ、ガイダンス %6) を学習用画像 %7 枚と比較</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean over seeds</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the column of the scored images, with several seed sets: the mean of their numbers.</extracomment>
        <translation>シード平均</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FD spread</source>
        <comment>score table row</comment>
        <extracomment>A row below the score table: FD (the Fréchet distance, a name: keep it) and its spread over the seed sets.</extracomment>
        <translation>FD のばらつき</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(standard deviation over %1 seed sets; KID&apos;s +- above is over subsets)</source>
        <extracomment>After the FD spread row: %1 the number of seed sets. The +- is the KID row&apos;s.</extracomment>
        <translation>(シードセット %1 個にわたる標準偏差。上の KID の +- はサブセットにわたるもの)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>give either --images DIR|FILE.npz or --model_path A.pt --num_samples N (see patchdiff score --help)</source>
        <translation>--images DIR|FILE.npz と --model_path A.pt --num_samples N のどちらか一方を指定してください (patchdiff score --help を参照)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--class_accuracy must be auto, on or off, got &apos;%1&apos;</source>
        <translation>--class_accuracy には auto、on、off のいずれかを指定します (&apos;%1&apos; が指定されました)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; does not say the requested class of every image (an .npz needs arr_1, PNGs a label in their metadata or a &lt;class&gt;_ name prefix): class accuracy needs them; give --labels or --class_accuracy off</source>
        <extracomment>%1 the images given with --images (a folder or an .npz file).</extracomment>
        <translation>&apos;%1&apos; ではすべての画像の要求クラスがわかりません (.npz には arr_1、PNG にはメタデータのラベルか &lt;class&gt;_ という名前の接頭辞が必要です): クラス精度の計算に必要です。--labels か --class_accuracy off を指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>class accuracy needs a feature network with a classify method; &apos;%1&apos; has none</source>
        <extracomment>%1 the feature network&apos;s file.</extracomment>
        <translation>クラス精度の計算には classify メソッドを持つ特徴ネットワークが必要ですが、&apos;%1&apos; にはありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the images&apos; classes reach %1 but the feature network knows %2 classes</source>
        <extracomment>%1 the highest class index of the images, %2 the number of classes the network tells apart.</extracomment>
        <translation>画像のクラス番号は %1 に達していますが、特徴ネットワークが知っているクラスは %2 個です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 images of %2 against %3 train images (feature network %4)</source>
        <extracomment>Above the score table: %1 images scored, %2 where they came from (--images), %3 the images of the data set&apos;s train split, %4 the feature network&apos;s file name.</extracomment>
        <translation>%2 の画像 %1 枚を学習用画像 %3 枚と比較 (特徴ネットワーク %4)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::BranchDialog</name>
    <message>
        <location filename="../ui/inspect/branch_dialog.cpp" line="+22"/>
        <source>Continue from Step %1</source>
        <translation>ステップ %1 から続行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Seed of the remaining steps&apos; noise (the parent&apos;s seed continues it unchanged)</source>
        <translation>残りのステップのノイズのシード (親のシードならそのまま続きます)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the parent run</source>
        <translation>親の実行と同じ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Guidance scale:</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off (translations/GLOSSARY.md).</extracomment>
        <translation>ガイダンススケール(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sampler:</source>
        <translation>サンプラー(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eta:</source>
        <translation>Eta(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed of the remaining noise:</source>
        <extracomment>Seed: the number a run&apos;s random noise is drawn from (translations/GLOSSARY.md).</extracomment>
        <translation>残りのノイズのシード(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Checkpoint:</source>
        <extracomment>Checkpoint: a .pt file with a model&apos;s trained weights (translations/GLOSSARY.md).</extracomment>
        <translation>チェックポイント(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::CompareColumnView</name>
    <message>
        <location filename="../ui/compare/compare_column_view.cpp" line="+61"/>
        <source>waiting…</source>
        <translation>待機中…</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::CompareWindow</name>
    <message>
        <location filename="../ui/compare/compare_window.cpp" line="+52"/>
        <source>Checkpoints</source>
        <extracomment>Checkpoint: a .pt file with a model&apos;s trained weights (translations/GLOSSARY.md).</extracomment>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guidance scale</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off.</extracomment>
        <translation>ガイダンススケール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (respacing)</source>
        <extracomment>Respacing: sampling with fewer, evenly spread timesteps of the diffusion (--timestep_respacing).</extracomment>
        <translation>ステップ数 (リスペーシング)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>サンプラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <extracomment>Schedule: which noise levels a run&apos;s steps visit (uniform, karras, exponential, trailing).</extracomment>
        <translation>スケジュール</translation>
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
        <translation>強度 (入力画像)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 GFLOP/pass x%2</source>
        <extracomment>GFLOP per image per network pass; &quot;x%2&quot;: two passes per step when guiding.</extracomment>
        <translation>%1 GFLOP/パス x%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GFLOP/pass</source>
        <translation>%1 GFLOP/パス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed-up x%1</source>
        <extracomment>Time of the first column divided by this one&apos;s, per image.</extracomment>
        <translation>高速化率 x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RMS to first %1</source>
        <extracomment>Root mean square difference of this column&apos;s images to the first column&apos;s, in [-1, 1] units.</extracomment>
        <translation>最初の列との RMS %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FD %1 · class accuracy %2 (%3 images)</source>
        <extracomment>A scored column: %1 its Fréchet distance (FD, keep the abbreviation), %2 the share of its images the classifier puts in the requested class, %3 how many images were scored.</extracomment>
        <translation>FD %1 · クラス精度 %2 (%3 枚)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FD %1 (%2 images)</source>
        <translation>FD %1 (%2 枚)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare — Patch Diffusion Studio</source>
        <translation>比較 — Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check 2 to 4 checkpoints of one image size</source>
        <translation>同じ画像サイズのチェックポイントを 2〜4 個選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 6 comma-separated values of the varied setting</source>
        <translation>変化させる設定のカンマ区切りの値 2〜6 個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values, e.g. 1,1.5,3</source>
        <translation>値 (例: 1,1.5,3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align by step</source>
        <translation>ステップで揃える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align by SNR</source>
        <translation>SNR で揃える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Comparison</source>
        <translation>比較を実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Sheet…</source>
        <translation>シートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score Columns</source>
        <translation>列を評価(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the comparison, then make this many more images per column and measure them against the data set: Fréchet distance and class accuracy (see patchdiff score)</source>
        <translation>比較を実行した後、列ごとにこの枚数の画像を追加で生成し、データセットを基準に測定します: フレシェ距離とクラス精度 (patchdiff score を参照)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> images per column</source>
        <extracomment>Suffix of the number of images each column is scored on (&quot;100 images per column&quot;).</extracomment>
        <translation> 枚/列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images scored per column</source>
        <translation>列ごとに評価する画像数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 or more for a stable Fréchet distance; 100 shows the order of large differences</source>
        <translation>フレシェ距離を安定させるには 500 以上。100 でも大きな差があれば順位はわかります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data Folder…</source>
        <translation>データフォルダー(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns differ in:</source>
        <translation>列ごとに変える項目:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compare step</source>
        <translation>比較ステップ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step:</source>
        <translation>ステップ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+406"/>
        <source>Column</source>
        <translation>列</translation>
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
        <translation>パラメーター</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>GFLOP / pass</source>
        <translation>GFLOP / パス</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>ms / step (median)</source>
        <translation>ms / ステップ (中央値)</translation>
    </message>
    <message>
        <location line="-405"/>
        <location line="+406"/>
        <source>Total s</source>
        <translation>合計 s</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>Speed-up</source>
        <translation>高速化率</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>GFLOP ratio</source>
        <translation>GFLOP 比</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>RMS to first</source>
        <translation>最初の列との RMS</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Data Folder for Scoring (with train/ and heldout/)</source>
        <translation>評価に使うデータフォルダー (train/ と heldout/ を含むもの)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Comparison Sheet</source>
        <translation>比較シートをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>scoring column %1 of %2 · %3 of %4 images</source>
        <extracomment>Progress while a column&apos;s scored images are made: %1 the column, %2 of how many, %3 images finished, %4 of how many.</extracomment>
        <translation>列 %1/%2 を評価中 · 画像 %3/%4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 of %2 · step %3 of %4</source>
        <translation>列 %1/%2 · ステップ %3/%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison failed: %1</source>
        <translation>比較に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (P=%2)</source>
        <translation>%1 (P=%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>from the input image at strength %1</source>
        <translation>入力画像から (強度 %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the input image</source>
        <translation>入力画像から</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data set scores are measured against (with train/ and heldout/): needed once, until its features are cached</source>
        <translation>評価の基準となるデータセット (train/ と heldout/ を含むもの): 特徴がキャッシュされるまでの 1 回だけ必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores are measured against %1</source>
        <translation>%1 を基準に評価します</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check 2 to 4 checkpoints to compare (%1 checked).</source>
        <translation>比較するチェックポイントを 2〜4 個選択してください (%1 個選択中)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load a model first: a setting is compared on the loaded checkpoint.</source>
        <translation>先にモデルを読み込んでください: 設定の比較は読み込んだチェックポイントで行います。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give 2 to 6 comma-separated values (%1 given).</source>
        <translation>カンマ区切りで値を 2〜6 個指定してください (%1 個指定)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strength is compared on an input image: open one in the Input dock (or use a tile as input).</source>
        <translation>強度の比較には入力画像が必要です: 入力画像パネルで画像を開いてください (またはタイルを入力として使ってください)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring measures images made from noise: clear the Input dock&apos;s image to score the columns.</source>
        <translation>評価はノイズから生成した画像を測定します: 列を評価するには入力画像パネルの画像をクリアしてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <location line="-395"/>
        <location line="+455"/>
        <source>P=%1  %2 ms/step</source>
        <translation>P=%1  %2 ms/ステップ</translation>
    </message>
    <message>
        <location line="-451"/>
        <location line="+452"/>
        <source>total %1 s</source>
        <translation>合計 %1 s</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 steps</source>
        <translation>%1 ステップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guidance %1</source>
        <translation>ガイダンス %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 枚</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared (from the Sampling panel): %1</source>
        <extracomment>%1 the settings every column shares, joined by &quot; · &quot;.</extracomment>
        <translation>共通 (サンプリングパネルから): %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>column %1 of %2</source>
        <translation>列 %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running · step %1 of %2</source>
        <translation>実行中 · ステップ %1/%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>step %1 / %2 · ln SNR %3</source>
        <translation>ステップ %1 / %2 · ln SNR %3</translation>
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
        <translation>クラス精度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Floor (as many held-out real images): FD %1</source>
        <translation>下限 (同じ枚数の評価用に保留した実画像): FD %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Measured time vs compute per step</source>
        <translation>1 ステップあたりの実測時間と計算量</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ms / step (measured, median)</source>
        <translation>ms / ステップ (実測、中央値)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>GFLOP / step</source>
        <translation>GFLOP / ステップ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>ms / step</source>
        <translation>ms / ステップ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quality vs compute</source>
        <extracomment>Title of the chart of each scored column&apos;s Fréchet distance against its compute per finished image.</extracomment>
        <translation>品質と計算量</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GFLOP per finished image</source>
        <translation>完成画像 1 枚あたりの GFLOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fréchet distance (lower is better)</source>
        <translation>フレシェ距離 (低いほど良い)</translation>
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
        <translation>下限: 評価用に保留した実画像 (FD %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run a comparison first.</source>
        <translation>先に比較を実行してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the comparison sheet: %1</source>
        <translation>比較シートを書き出せませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::FilmstripView</name>
    <message>
        <location filename="../ui/inspect/filmstrip_view.cpp" line="+18"/>
        <source>Filmstrip</source>
        <translation>フィルムストリップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every k-th step of the focused image; click to show that step</source>
        <translation>選択中の画像の k ステップごとの様子。クリックでそのステップを表示</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The filmstrip of the focused image appears here during a run</source>
        <translation>実行中、選択中の画像のフィルムストリップがここに表示されます</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::FlagsView</name>
    <message>
        <location filename="../ui/models/flags_view.cpp" line="+23"/>
        <source>user</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the user&apos;s entry.</extracomment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sidecar</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the checkpoint&apos;s .json sidecar file.</extracomment>
        <translation>サイドカー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: read from the weights&apos; tensor shapes.</extracomment>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the original&apos;s default.</extracomment>
        <translation>既定値</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>取得元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved flags</source>
        <translation>解決済みのフラグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste MODEL_FLAGS, e.g. --image_size 64 --patch_size 4</source>
        <translation>MODEL_FLAGS を貼り付け (例: --image_size 64 --patch_size 4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply flags</source>
        <translation>フラグを適用</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Editable: the weights do not decide %1</source>
        <translation>編集可: %1 は重みからは決まりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the weights</source>
        <translation>重みから読み取り</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>user (pending)</source>
        <translation>ユーザー (未適用)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot apply the flags: %1</source>
        <extracomment>%1: what is wrong with a pasted MODEL_FLAGS string (English, from the core), e.g. &quot;unknown flag --num_head; did you mean --num_heads?&quot;.</extracomment>
        <translation>フラグを適用できません: %1</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::InputPanel</name>
    <message>
        <location filename="../ui/input/input_panel.cpp" line="+39"/>
        <source>Open Image…</source>
        <translation>画像を開く…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start runs from noise again</source>
        <translation>実行を再びノイズから開始します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How far into the noise the image goes before the model takes over: near 0 keeps it, 0.5 keeps its layout, 1 starts from noise</source>
        <translation>モデルに引き継ぐ前に画像をどこまでノイズに沈めるか: 0 に近いとほぼそのまま、0.5 で構図を保ち、1 はノイズから開始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush radius in image pixels</source>
        <translation>ブラシの半径 (画像のピクセル単位)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint with the left button to keep (the right button always erases)</source>
        <translation>左ボタンで保持する部分を塗ります (右ボタンは常に消去)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <extracomment>Clears the inpainting mask (the row is labelled &quot;Mask&quot;).</extracomment>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invert</source>
        <extracomment>Inverts the inpainting mask (the row is labelled &quot;Mask&quot;).</extracomment>
        <translation>反転</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RePaint&apos;s resampling: at every 10th step go back 10 steps and come down again, this many times (harmonises the border, costs steps)</source>
        <translation>RePaint の再サンプリング: 10 ステップごとに 10 ステップ戻って再び下る操作をこの回数だけ行います (境界がなじみますが、ステップ数が増えます)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask brush</source>
        <translation>マスクブラシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resample jumps</source>
        <translation>再サンプリングのジャンプ回数</translation>
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
        <translation>実行はノイズから始まります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpainting: the magenta part is regenerated at strength %1; the rest keeps the image&apos;s pixels exactly.</source>
        <translation>インペインティング: マゼンタの部分を強度 %1 で再生成し、残りは画像のピクセルを正確に保ちます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image-to-image at strength %1: every image of the batch is a variation (its own seed). Paint a mask to regenerate one part only.</source>
        <translation>画像から画像 (強度 %1): バッチの各画像はそれぞれ独自のシードを持つバリエーションです。一部だけを再生成するにはマスクを塗ってください。</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::Inspector</name>
    <message>
        <location filename="../ui/inspect/inspector.cpp" line="+63"/>
        <source>Plots</source>
        <translation>プロット</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Inspect</source>
        <translation>検査(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Play / Pause Trajectory</source>
        <translation>軌跡を再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Back</source>
        <translation>1 ステップ戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Forward</source>
        <translation>1 ステップ進む(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from This Step…</source>
        <translation>このステップから続行(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare…</source>
        <translation>比較(&amp;M)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;Filmstrip…</source>
        <translation>フィルムストリップをエクスポート(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation of Image…</source>
        <translation>画像のアニメーションをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Animation of &amp;Grid…</source>
        <translation>グリッドのアニメーションをエクスポート(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;lots and CSV…</source>
        <translation>プロットと CSV をエクスポート(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trajectory &amp;Memory Budget…</source>
        <translation>軌跡のメモリ予算(&amp;M)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run %1 dropped its trajectory to keep the session within the %2 memory budget.</source>
        <translation>セッションを %2 のメモリ予算内に収めるため、実行 %1 の軌跡を破棄しました。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>t=%1 · ln SNR %2 · %3</source>
        <translation>t=%1 · ln SNR %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · showing step %1</source>
        <translation> · ステップ %1 を表示中</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no recorded trajectory to continue from.</source>
        <translation>続行元となる記録済みの軌跡がありません。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The checkpoint %1 is not in the catalog.</source>
        <translation>チェックポイント %1 はカタログにありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The branch runs with %1, so the Models dock now holds it; choose another model there to go back.</source>
        <translation>このブランチは %1 で実行されるため、モデルパネルは現在このモデルを保持しています。戻すにはそこで別のモデルを選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continues exactly from the recorded float x_t of step %1.</source>
        <translation>ステップ %1 の記録済み float x_t から正確に続行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the 8-bit x_t of step %1 was kept (memory budget): the continuation is approximate.</source>
        <translation>ステップ %1 は 8 ビットの x_t だけが保持されています (メモリ予算): 続行は近似になります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1&apos;s trajectory was dropped for the memory budget: its images, plots and settings remain.</source>
        <translation>メモリ予算のため実行 %1 の軌跡を破棄しました: 画像、プロット、設定は残っています。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>There is no run on view.</source>
        <translation>表示中の実行がありません。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not export the filmstrip: %1</source>
        <translation>フィルムストリップをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export the animation: %1</source>
        <translation>アニメーションをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 (%2 frames)</source>
        <translation>%1 を書き出しました (%2 フレーム)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not export the plots: %1</source>
        <translation>プロットをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 files to %2</source>
        <translation>%2 に %1 個のファイルを書き出しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Filmstrip</source>
        <translation>フィルムストリップをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Animation</source>
        <translation>アニメーションをエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF アニメーション (*.gif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Plots and CSV to Folder</source>
        <translation>プロットと CSV をフォルダーにエクスポート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trajectory Memory Budget</source>
        <translation>軌跡のメモリ予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory for recorded trajectories of all runs (MiB):</source>
        <translation>全実行の記録済み軌跡に使うメモリ (MiB):</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/window/language_menu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;System Language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system language</source>
        <translation>システムの言語</translation>
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
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Image…</source>
        <translation>画像をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;All…</source>
        <translation>すべてエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Image</source>
        <translation>画像をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/window/main_window_outputs.cpp" line="+68"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Patch Diffusion Studio</source>
        <translation>Patch Diffusion Studio について(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>x0 &amp;Prediction</source>
        <extracomment>x0 prediction: the network&apos;s estimate of the clean image x_0 at the current step; keep &quot;x0&quot; (translations/GLOSSARY.md).</extracomment>
        <translation>x0 予測(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noisy &amp;x_t</source>
        <extracomment>x_t: the noisy image at step t that the sampler denoises; keep the symbol &quot;x_t&quot;.</extracomment>
        <translation>ノイズ付き x_t(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Both Side by Side</source>
        <translation>両方を並べて表示(&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Image…</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of File &gt; Export Image; may be shorter than the menu text.</extracomment>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Image</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of Edit &gt; Copy Image; may be shorter than the menu text.</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both Side by Side</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of View &gt; Both Side by Side; may be shorter than the menu text.</extracomment>
        <translation>両方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to Window</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of View &gt; Fit to Window; may be shorter than the menu text.</extracomment>
        <translation>全体表示</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patch Diffusion Studio will use %1 from its next start.</source>
        <translation>Patch Diffusion Studio は次回の起動から %1 を使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <extracomment>The name of the main window&apos;s toolbar (shown where toolbars can be hidden).</extracomment>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>%1 loads when the current run ends.</source>
        <extracomment>%1 a checkpoint&apos;s file name.</extracomment>
        <translation>%1 は現在の実行が終わると読み込まれます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The user guide is not installed here (share/doc/patchdiff/user-guide.md beside the program).</source>
        <translation>ユーザーガイドはここにインストールされていません (プログラムの隣の share/doc/patchdiff/user-guide.md)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program here opens %1: open it with a text editor or a Markdown viewer.</source>
        <translation>%1 を開くプログラムがありません: テキストエディターか Markdown ビューアーで開いてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Patch Diffusion Studio</source>
        <translation>Patch Diffusion Studio について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Patch Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Sample and inspect patch diffusion models; the patchdiff command line also trains them.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · LibTorch %4&lt;/p&gt;&lt;p&gt;Bundled models:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Patch Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;パッチ拡散モデルのサンプリングと検査。学習は patchdiff コマンドラインで行えます。&lt;/p&gt;&lt;p&gt;Qt %2 (ビルド時 %3) · LibTorch %4&lt;/p&gt;&lt;p&gt;同梱モデル:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;none found&lt;/li&gt;</source>
        <translation>&lt;li&gt;見つかりません&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_files.cpp" line="+65"/>
        <source>No bundled models were found: open a checkpoint (Ctrl+O) or set PATCHDIFF_MODELS_DIR.</source>
        <translation>同梱モデルが見つかりません: チェックポイントを開く (Ctrl+O) か、PATCHDIFF_MODELS_DIR を設定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 が存在しないか、ファイルではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no run description: it is now the input image (Input Image dock)</source>
        <translation>%1 には実行記録がありません: 入力画像になりました (入力画像パネル)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot restore from %1: %2</source>
        <translation>%1 から復元できません: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was made with %2, which is not on this machine: open that checkpoint first, then the PNG.</source>
        <translation>%1 は %2 で作成されましたが、このマシンにはありません: 先にそのチェックポイントを開いてから PNG を開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/export/run_autosave.cpp" line="-52"/>
        <location filename="../ui/window/main_window_files.cpp" line="+38"/>
        <source>seed %1 #%2</source>
        <extracomment>Caption under a sample: %1 the seed, %2 the image&apos;s index in the run.</extracomment>
        <translation>シード %1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_files.cpp" line="-9"/>
        <source>restored from %1</source>
        <extracomment>Where the input image came from: %1 the PNG it was restored from.</extracomment>
        <translation>%1 から復元</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 cannot be regenerated exactly: it started from injected noise, which its file does not hold. Its settings are restored.</source>
        <translation>%1 は正確には再生成できません: ファイルに含まれない注入ノイズから始まっています。設定は復元しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 continued another run from step %2 with other settings; its file holds that run&apos;s recipe and the x_t of step %2, so it regenerates exactly.</source>
        <translation>%1 は別の実行をステップ %2 から別の設定で続けたものです。ファイルにその実行のレシピとステップ %2 の x_t が含まれているので、正確に再生成できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 continued another run from the 8-bit x_t of step %2 (an approximate continuation); its file holds that x_t, so it regenerates exactly as it was made.</source>
        <translation>%1 は別の実行をステップ %2 の 8 ビット x_t から続けたもの (近似的な続行) です。ファイルにその x_t が含まれているので、作成時と同じく正確に再生成できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the settings of %1 (seed %2, image #%3).</source>
        <translation>%1 の設定を復元しました (シード %2、画像 #%3)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate?</source>
        <translation>再生成しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All settings of %1 are restored. Regenerate the image now?</source>
        <translation>%1 のすべての設定を復元しました。今すぐ画像を再生成しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 are restored, but a new image from them will differ. Generate it anyway?</source>
        <translation>%1 の設定を復元しましたが、新しく生成される画像は異なります。それでも生成しますか?</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Nothing to export: finish a run first.</source>
        <translation>エクスポートするものがありません: 先に実行を完了してください。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+35"/>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 already holds %n file(s) of these names (%2). Replace them?</source>
        <translation>
            <numerusform>%1 には同じ名前のファイルが既に %n 個あります (%2)。置き換えますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1 files in %2</source>
        <translation>%2 に %1 個のファイルを保存しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied image %1</source>
        <translation>画像 %1 をコピーしました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied the grid</source>
        <translation>グリッドをコピーしました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Checkpoint or Sample</source>
        <translation>チェックポイントまたはサンプルを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints and samples (*.pt *.safetensors *.png);;Checkpoints (*.pt *.safetensors);;Samples (*.png);;Input images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>チェックポイントとサンプル (*.pt *.safetensors *.png);;チェックポイント (*.pt *.safetensors);;サンプル (*.png);;入力画像 (*.png *.jpg *.jpeg *.bmp *.gif);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Image</source>
        <translation>画像をエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export All Into Folder</source>
        <translation>すべてをフォルダーにエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_run.cpp" line="+34"/>
        <source>Loaded %1</source>
        <translation>%1 を読み込みました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint differs from the one that made this image (SHA-256 mismatch): the regenerated image will differ.</source>
        <translation>チェックポイントがこの画像を作成したものと異なります (SHA-256 不一致): 再生成した画像は異なります。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not load the model: %1</source>
        <translation>モデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sampling failed: %1</source>
        <translation>サンプリングに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model is loaded: choose a checkpoint in the Models panel or open one (Ctrl+O).</source>
        <translation>モデルが読み込まれていません: モデルパネルでチェックポイントを選ぶか、開いてください (Ctrl+O)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling after the current step…</source>
        <translation>現在のステップの後でキャンセルします…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled at step %1</source>
        <translation>ステップ %1 でキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled after %1 steps: showing the last x0 prediction</source>
        <translation>%1 ステップでキャンセルしました: 最後の x0 予測を表示しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done: %1 steps in %2 s</source>
        <translation>完了: %2 s で %1 ステップ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Regenerated image is identical to the file.</source>
        <translation>再生成した画像はファイルと同一です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerated image differs from the file in %1 pixels (at most %2 levels).</source>
        <translation>再生成した画像はファイルと %1 ピクセルで異なります (最大 %2 階調)。</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_outputs.cpp" line="-44"/>
        <source>Sa&amp;ve Finished Runs Automatically</source>
        <translation>完了した実行を自動保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every finished run&apos;s images, with their settings, go to the outputs folder</source>
        <translation>完了した実行の画像は設定とともに出力フォルダーに保存されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs &amp;Folder…</source>
        <translation>出力フォルダー(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs Folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished runs are saved in %1, one subfolder per day.</source>
        <translation>完了した実行は %1 に日ごとのサブフォルダーで保存されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Outputs Folder</source>
        <translation>出力フォルダーを開く</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the run in the outputs folder: %1</source>
        <translation>実行を出力フォルダーに保存できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n image(s) in %1</source>
        <translation>
            <numerusform>%n 枚の画像を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit while sampling?</source>
        <translation>サンプリング中に終了しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is still going; quitting stops it and its images are lost. Runs that finished are kept in the outputs folder.</source>
        <translation>実行中の処理があります。終了すると停止し、その画像は失われます。完了した実行は出力フォルダーに残ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep Running</source>
        <translation>実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_input.cpp" line="-38"/>
        <source>Input Image</source>
        <translation>入力画像</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;Image as Input…</source>
        <translation>画像を入力として開く(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use as Input</source>
        <translation>入力として使う(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the next runs from the selected image</source>
        <translation>次の実行を選択した画像から開始します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>バリエーション(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A batch of variations of the selected image (its own seed each)</source>
        <translation>選択した画像のバリエーションを 1 バッチ生成します (それぞれ独自のシード)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Input Image</source>
        <translation>入力画像を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2×%3: resized to %4×%4 as training resizes images</source>
        <translation>%1 は %2×%3 です: 学習と同じ方法で %4×%4 にリサイズしました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot use %1 as the input image: %2</source>
        <translation>%1 を入力画像として使えません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an image first (click a tile).</source>
        <translation>先に画像を選択してください (タイルをクリック)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tile %1</source>
        <extracomment>Where the input image came from: %1 the tile&apos;s caption (class · seed S #i).</extracomment>
        <translation>タイル %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>variations of %1</source>
        <translation>%1 のバリエーション</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MaskEditor</name>
    <message>
        <location filename="../ui/input/mask_editor.cpp" line="+16"/>
        <source>Paint the part to regenerate (left button); the right button erases</source>
        <translation>再生成する部分を塗ります (左ボタン)。右ボタンで消去します</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No input image: generation starts from noise.
Drop a PNG or JPEG here, or use a tile (Image &gt; Use as Input).</source>
        <translation>入力画像がありません: 生成はノイズから始まります。
ここに PNG か JPEG をドロップするか、タイルを使ってください (画像 &gt; 入力として使う)。</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MessageBar</name>
    <message>
        <location filename="../ui/window/message_bar.cpp" line="+20"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::ModelPanel</name>
    <message>
        <location filename="../ui/models/model_panel.cpp" line="+29"/>
        <source>Checkpoints</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patch size:</source>
        <extracomment>Patch size P: the image is cut into P×P patches before the U-Net (translations/GLOSSARY.md).</extracomment>
        <translation>パッチサイズ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open checkpoint…</source>
        <translation>チェックポイントを開く…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .pt checkpoint (or drop one on the window)</source>
        <translation>.pt チェックポイントを開きます (ウィンドウにドロップしても開けます)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits</source>
        <translation>分割</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opened checkpoints</source>
        <translation>開いたチェックポイント</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use %1 (patch size %2)</source>
        <translation>%1 を使用 (パッチサイズ %2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>
%1×%1 px, P=%2, %3 classes, %4 M parameters, %5 GFLOP per image, %6 schedule, T=%7</source>
        <translation>
%1×%1 px、P=%2、%3 クラス、パラメーター %4 M、画像 1 枚あたり %5 GFLOP、%6 スケジュール、T=%7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
SNR splits: %1 models</source>
        <translation>
SNR 分割: モデル %1 個</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::PlotPanel</name>
    <message>
        <location filename="../ui/inspect/plot_panel.cpp" line="+31"/>
        <source>Filled in as a run
records its steps</source>
        <translation>実行がステップを記録すると
ここに表示されます</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>log SNR</source>
        <translation>対数 SNR</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ln SNR</source>
        <translation>ln SNR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x0 change per step</source>
        <translation>1 ステップあたりの x0 の変化</translation>
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
        <translation>選択中</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>batch mean</source>
        <translation>バッチ平均</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>x0 energy above ½ Nyquist</source>
        <translation>½ ナイキスト以上の x0 のエネルギー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fraction</source>
        <translation>割合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guidance gap / threshold s</source>
        <translation>ガイダンスの差 / しきい値 s</translation>
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
        <translation>差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time per step</source>
        <translation>1 ステップあたりの時間</translation>
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
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>running mean</source>
        <translation>移動平均</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>There is no run to export plots of.</source>
        <translation>プロットをエクスポートできる実行がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RecentFiles</name>
    <message>
        <location filename="../ui/window/recent_files.cpp" line="+16"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Clear List</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RunHistoryView</name>
    <message>
        <location filename="../ui/inspect/run_history_view.cpp" line="+11"/>
        <source>Run history</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run %1 · %2</source>
        <extracomment>A run saved in the outputs folder by an earlier session: %1 its day and number there (&quot;2026-12-07 #3&quot;), %2 the checkpoint.</extracomment>
        <translation>実行 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 · %2</source>
        <translation>保存済み %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps · %2 · guidance %3 · seed %4</source>
        <translation>%1 ステップ · %2 · ガイダンス %3 · シード %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↳ branch of run %1 at step %2</source>
        <translation>↳ 実行 %1 のステップ %2 からの分岐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled at step %1</source>
        <translation>ステップ %1 でキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final images only (from the outputs folder)</source>
        <translation>最終画像のみ (出力フォルダーから)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trajectory dropped (memory budget)</source>
        <translation>軌跡を破棄 (メモリ予算)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RunStatus</name>
    <message>
        <location filename="../ui/window/run_status.cpp" line="+13"/>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device and precision of the run</source>
        <translation>実行のデバイスと精度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step %v of %m</source>
        <translation>ステップ %v / %m</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps/s · ETA %2 s</source>
        <translation>%1 ステップ/s · 残り %2 s</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SampleCanvas</name>
    <message>
        <location filename="../ui/inspect/sample_canvas.cpp" line="+31"/>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Press Generate (Ctrl+Return) to sample</source>
        <translation>生成 (Ctrl+Return) を押すとサンプリングします</translation>
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
        <translation>等間隔 (オリジナル)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karras</source>
        <translation>Karras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential (log-SNR)</source>
        <translation>指数 (log-SNR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailing</source>
        <translation>Trailing</translation>
    </message>
    <message>
        <location filename="../ui/sampling/sampling_panel.cpp" line="+56"/>
        <source>DDIM eta: 0 is deterministic, 1 matches DDPM&apos;s noise</source>
        <translation>DDIM の eta: 0 は決定的、1 は DDPM のノイズと同じ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Respaced sampling steps</source>
        <translation>リスペーシング後のサンプリングステップ数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or e.g. ddim25, 10,20,30</source>
        <translation>または ddim25、10,20,30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any original --timestep_respacing string; overrides the step count</source>
        <translation>オリジナルの任意の --timestep_respacing 文字列。ステップ数より優先されます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image i of a run uses the noise streams of (seed, i)</source>
        <translation>実行の画像 i は (シード, i) のノイズストリームを使います</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new random seed</source>
        <translation>新しいランダムなシードを引く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this seed for the next runs (otherwise each run draws a new one)</source>
        <translation>次回以降の実行でもこのシードを使う (固定しないと実行ごとに新しいシードを引きます)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip x0 to [-1, 1]</source>
        <extracomment>x0: the network&apos;s prediction of the clean image; keep &quot;x0&quot; (translations/GLOSSARY.md).</extracomment>
        <translation>x0 を [-1, 1] にクリップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto (when guiding)</source>
        <translation>自動 (ガイダンス時)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic thresholding of the x0 prediction</source>
        <translation>x0 予測の動的しきい値処理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>float16 runs the network&apos;s torso in half precision (CUDA only)</source>
        <translation>float16 はネットワークのトルソーを半精度で実行します (CUDA のみ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the preview every N steps (every step is still recorded)</source>
        <translation>N ステップごとにプレビューを更新 (記録は全ステップ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>Generate (Ctrl+Return)</source>
        <translation>生成 (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>キャンセル (Esc)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Sampler / eta:</source>
        <translation>サンプラー / eta(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;teps:</source>
        <extracomment>Steps: how many (respaced) timesteps the sampler takes (translations/GLOSSARY.md).</extracomment>
        <translation>ステップ数(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sc&amp;hedule:</source>
        <extracomment>Schedule: which noise levels a run&apos;s steps visit (uniform, Karras, ...).</extracomment>
        <translation>スケジュール(&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guidance:</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off.</extracomment>
        <translation>ガイダンス(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lass:</source>
        <translation>クラス(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed:</source>
        <extracomment>Seed: the number a run&apos;s random noise is drawn from.</extracomment>
        <translation>シード(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>バッチサイズ(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thresholding:</source>
        <translation>しきい値処理(&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview e&amp;very:</source>
        <translation>プレビュー間隔(&amp;V):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance scale</source>
        <translation>ガイダンススケール</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unconditional model)</source>
        <translation>(無条件モデル)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This model is unconditional: guidance needs a class-conditional model</source>
        <translation>このモデルは無条件です: ガイダンスにはクラス条件付きモデルが必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classifier-free guidance scale (1 = off)</source>
        <translation>分類器なしガイダンスのスケール (1 = オフ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 steps: this model has %2 diffusion steps, so at most %2.</source>
        <extracomment>%1 the step count typed, %2 the model&apos;s diffusion steps.</extracomment>
        <translation>%1 ステップ: このモデルの拡散ステップは %2 なので、最大 %2 です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps &quot;%1&quot; cannot be used: %2</source>
        <extracomment>%1 the respacing text typed, %2 why it cannot be used (from the sampler).</extracomment>
        <translation>ステップ「%1」は使用できません: %2</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>%1 (passes/step: %2)</source>
        <extracomment>A sampler box entry: the solver&apos;s name and its network passes per step.</extracomment>
        <translation>%1 (1 ステップの評価回数: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver; guidance doubles every pass&apos;s batch</source>
        <translation>ソルバー。ガイダンスは各評価のバッチを 2 倍にします</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which noise levels the steps visit; DDPM and DDIM use the original&apos;s (uniform)</source>
        <translation>各ステップが通るノイズレベル。DDPM と DDIM はオリジナルのもの (等間隔) を使います</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SamplingWorker</name>
    <message>
        <location filename="../ui/worker/sampling_worker.cpp" line="+93"/>
        <source>The mask is %1×%2, the input image %3×%4: paint the mask again.</source>
        <translation>マスクは %1×%2、入力画像は %3×%4 です: マスクを塗り直してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Out of memory on %1: lower the batch size, use fewer steps per split, or sample on another device.</source>
        <translation>%1 でメモリが不足しました: バッチサイズを下げるか、分割ごとのステップ数を減らすか、別のデバイスでサンプリングしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No checkpoint given.</source>
        <translation>チェックポイントが指定されていません。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No model is loaded: choose a checkpoint in the Models panel.</source>
        <translation>モデルが読み込まれていません: モデルパネルでチェックポイントを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+156"/>
        <source>Device %1: this LibTorch build has no usable CUDA device.</source>
        <translation>デバイス %1: この LibTorch ビルドには使用可能な CUDA デバイスがありません。</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The batch size must be positive.</source>
        <translation>バッチサイズは正の値にしてください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>seed %1 #%2</source>
        <extracomment>Caption under a sample: %1 the seed, %2 the image&apos;s index in the run.</extracomment>
        <translation>シード %1 #%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recorded x_t does not fit this model: branch with a checkpoint of the same image size.</source>
        <translation>記録された x_t はこのモデルに合いません: 同じ画像サイズのチェックポイントで分岐してください。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The bundled feature network (emoji64_features.pt) was not found: reinstall patchdiff or set PATCHDIFF_SCORE_DIR to its folder.</source>
        <translation>同梱の特徴ネットワーク (emoji64_features.pt) が見つかりません: patchdiff を再インストールするか、PATCHDIFF_SCORE_DIR にそのフォルダーを設定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring measures images against the data set the feature network describes; its features are computed once, then cached. Choose that data folder (Data Folder…: the one with train/ and heldout/, as `patchdiff data emoji DIR` writes it).</source>
        <translation>評価は、特徴ネットワークが表すデータセットを基準に画像を測定します。その特徴は 1 回だけ計算され、以後はキャッシュされます。そのデータフォルダーを選んでください (データフォルダー…: `patchdiff data emoji DIR` が書き出す、train/ と heldout/ を含むフォルダー)。</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SplitsEditor</name>
    <message>
        <location filename="../ui/models/splits_editor.cpp" line="+23"/>
        <source>SNR splits</source>
        <extracomment>SNR splits: several checkpoints, each denoising one band of signal-to-noise ratios (translations/GLOSSARY.md).</extracomment>
        <translation>SNR 分割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several checkpoints, each denoising one SNR band; highest SNR (least noise) first</source>
        <translation>複数のチェックポイントがそれぞれ 1 つの SNR 帯域をノイズ除去します。SNR が最も高い (ノイズが最も少ない) ものが先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split checkpoints, highest SNR first</source>
        <translation>分割のチェックポイント (SNR の高い順)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkpoint to add</source>
        <translation>追加するチェックポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 0.25 (one fewer than checkpoints)</source>
        <translation>例: 0.25 (チェックポイントより 1 つ少なく)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNR boundaries</source>
        <translation>SNR の境界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where sampling switches checkpoint: the signal-to-noise ratio at which one checkpoint hands over to the next, high to low (SNR falls as noise grows)</source>
        <translation>サンプリングがチェックポイントを切り替える位置: あるチェックポイントが次へ引き継ぐ信号対雑音比 (SNR)。高い順に並べます (ノイズが増えると SNR は下がります)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use these splits</source>
        <translation>この分割を使用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Boundaries:</source>
        <translation>境界:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Add checkpoints, highest SNR first.</source>
        <translation>チェックポイントを SNR の高い順に追加してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n checkpoint(s) need %1 boundaries: a boundary is the SNR at which one checkpoint hands over to the next (e.g. 0.25 between two).</source>
        <extracomment>%n checkpoints in the list, %1 the boundaries they need.</extracomment>
        <translation>
            <numerusform>%n 個のチェックポイントには %1 個の境界が必要です: 境界とは、あるチェックポイントが次へ引き継ぐ SNR です (例: 2 個の間なら 0.25)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is %2 px but %3 is %4 px: split models need one image size.</source>
        <translation>%1 は %2 px ですが %3 は %4 px です: 分割モデルの画像サイズは揃える必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses the %2 schedule but %3 uses %4: split models need one schedule.</source>
        <translation>%1 は %2 スケジュール、%3 は %4 です: 分割モデルのスケジュールは揃える必要があります。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n checkpoint(s), ready.</source>
        <translation>
            <numerusform>チェックポイント %n 個、準備完了。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::TimelineBar</name>
    <message>
        <location filename="../ui/inspect/timeline_bar.cpp" line="+21"/>
        <source>Play or pause the trajectory</source>
        <translation>軌跡を再生または一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play trajectory</source>
        <translation>軌跡を再生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step of the trajectory shown on the canvas (1 = noisiest)</source>
        <translation>キャンバスに表示する軌跡のステップ (1 = 最もノイズが多い)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step 0000 / 0000</source>
        <translation>ステップ 0000 / 0000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue from here…</source>
        <translation>ここから続行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new run from this step&apos;s x_t with changed settings</source>
        <translation>このステップの x_t から、設定を変えて新しい実行を開始</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::TrajectoryStore</name>
    <message>
        <location filename="../ui/inspect/trajectory_store.cpp" line="+139"/>
        <source>Trajectory of run %1 dropped to stay within the %2 memory budget</source>
        <translation>%2 のメモリ予算内に収めるため、実行 %1 の軌跡を破棄しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording 1 step in %1 plus the first and last: the whole trajectory (%2) exceeds the %3 memory budget.</source>
        <translation>%1 ステップに 1 つと最初・最後のステップを記録しています: 軌跡全体 (%2) が %3 のメモリ予算を超えるためです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No float x_t kept: branches continue from 8-bit x_t (approximate).</source>
        <translation>float の x_t は保持していません: 分岐は 8 ビットの x_t から続行します (近似)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Float x_t (exact branching) kept for 1 step in %1 of %2.</source>
        <translation>float の x_t (正確な分岐用) を %2 ステップ中 %1 ステップに 1 つ保持しています。</translation>
    </message>
</context>
</TS>
