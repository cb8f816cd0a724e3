<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutNotices</name>
    <message>
        <location filename="../ui/window/about_notices.cpp" line="+18"/>
        <source>&lt;p&gt;Free software under the %1 license, with no warranty.&lt;/p&gt;&lt;p&gt;Third-party libraries:&lt;/p&gt;</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>&lt;p&gt;以 %1 许可证发布的自由软件，不提供任何担保。&lt;/p&gt;&lt;p&gt;第三方库：&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../ui/inspect/plot_panel.cpp" line="+67"/>
        <source>Could not write %1: the folder is not writable or the disk is full.</source>
        <translation>无法写入 %1：文件夹不可写或磁盘已满。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
</context>
<context>
    <name>SampleExporter</name>
    <message>
        <location filename="../ui/export/sample_exporter.cpp" line="+62"/>
        <source>There are no images to export.</source>
        <translation>没有可导出的图像。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 has no &apos;patchdiff&apos; run description (only PNGs written by the studio or `patchdiff sample` can be restored).</source>
        <translation>%1 不含 &apos;patchdiff&apos; 运行记录（只能还原由本工作室或 `patchdiff sample` 写出的 PNG）。</translation>
    </message>
</context>
<context>
    <name>StudioApp</name>
    <message>
        <location filename="../ui/window/studio_app.cpp" line="+48"/>
        <source>Sample patch diffusion models with a live step-by-step preview.</source>
        <translation>对图像块扩散模型进行采样，并实时逐步预览。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and the bundled models&apos; folder, and exit.</source>
        <translation>显示版本和内置模型所在文件夹，然后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a window of its own instead of handing the files to the studio that is already running.</source>
        <translation>打开一个单独的窗口，而不是把文件交给已在运行的工作室。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checkpoints (.pt, .safetensors) to load or samples (.png) to restore.</source>
        <translation>要加载的检查点（.pt、.safetensors）或要还原的样本（.png）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>License: %1, with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>许可证：%1，不提供任何担保。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third-party libraries:</source>
        <translation>第三方库：</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>[FILE...]</source>
        <translation>[文件...]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none found (set PATCHDIFF_MODELS_DIR)</source>
        <translation>未找到（请设置 PATCHDIFF_MODELS_DIR）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bundled models: %1</source>
        <translation>内置模型：%1</translation>
    </message>
</context>
<context>
    <name>TrajectoryExporter</name>
    <message>
        <location filename="../ui/export/trajectory_exporter.cpp" line="+85"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>The run on view has no recorded trajectory to export.</source>
        <translation>当前显示的运行没有可导出的已记录轨迹。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 is not part of this run.</source>
        <translation>图像 %1 不属于本次运行。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../core/diffusion/respacing.cpp" line="+38"/>
        <source>timestep_respacing &apos;%1&apos;: expected &apos;ddimN&apos; with N a whole number of steps, e.g. &apos;ddim50&apos;</source>
        <translation>timestep_respacing &apos;%1&apos;：应为 &apos;ddimN&apos;，其中 N 为整数步数，例如 &apos;ddim50&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timestep_respacing &apos;%1&apos;: no integer stride gives exactly %2 of the %3 steps (the nearest possible counts are%4; or use a plain count such as &apos;%2&apos;)</source>
        <translation>timestep_respacing &apos;%1&apos;：没有任何整数步长能从 %3 步中恰好取出 %2 步（最接近的可行步数为%4；或使用普通步数，如 &apos;%2&apos;）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>diffusion_steps must be at least 1, got %1</source>
        <translation>diffusion_steps 至少为 1，收到的是 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>timestep_respacing &apos;%1&apos;: &apos;%2&apos; is not a whole number; expected &apos;&apos; (all %3 steps), a comma list of step counts per section such as &apos;10,20,30&apos;, or &apos;ddimN&apos;</source>
        <translation>timestep_respacing &apos;%1&apos;：&apos;%2&apos; 不是整数；应为 &apos;&apos;（全部 %3 步）、以逗号分隔的各段步数（如 &apos;10,20,30&apos;）或 &apos;ddimN&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>timestep_respacing &apos;%1&apos;: step counts must be at least 1, got %2</source>
        <translation>timestep_respacing &apos;%1&apos;：步数至少为 1，收到的是 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>timestep_respacing &apos;%1&apos;: %2 sections cannot divide %3 steps</source>
        <translation>timestep_respacing &apos;%1&apos;：%3 步无法分成 %2 段</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>timestep_respacing &apos;%1&apos;: section %2 of %3 has %4 steps and cannot give %5 (at most %4)</source>
        <translation>timestep_respacing &apos;%1&apos;：第 %2 段（共 %3 段）只有 %4 步，无法取出 %5 步（最多 %4 步）</translation>
    </message>
    <message>
        <location filename="../core/diffusion/snr_splits.cpp" line="+38"/>
        <source>snr_splits &apos;%1&apos;: &apos;%2&apos; is not a number; expected SNR values from high to low separated by commas, e.g. &apos;0.25&apos; or &apos;1.0,0.25&apos;</source>
        <translation>snr_splits &apos;%1&apos;：&apos;%2&apos; 不是数字；应为按从高到低排列、以逗号分隔的 SNR 值，例如 &apos;0.25&apos; 或 &apos;1.0,0.25&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 SNR split(s) need %2 models (one per band, high SNR first), got %3; give that many comma-separated model paths or change --snr_splits</source>
        <translation>%1 个 SNR 分段值需要 %2 个模型（每个区间一个，SNR 高的在前），收到的是 %3 个；请给出相同数量、以逗号分隔的模型路径，或修改 --snr_splits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SNR split %1 is %2; splits must be positive</source>
        <translation>第 %1 个 SNR 分段值为 %2；分段值必须为正数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SNR split %1 (%2) must be below 1e9: list the splits from high SNR to low</source>
        <translation>第 %1 个 SNR 分段值（%2）必须小于 1e9：请按 SNR 从高到低列出分段值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNR split %1 (%2) must be below the previous split (%3): list the splits from high SNR to low</source>
        <translation>第 %1 个 SNR 分段值（%2）必须小于前一个分段值（%3）：请按 SNR 从高到低列出分段值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no SNR split band holds SNR %1 (bands run from 1e9 to 0)</source>
        <translation>没有任何 SNR 分段区间包含 SNR %1（区间从 1e9 到 0）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>uniform_split_%1: there are %2 SNR bands (uniform_split_0 to uniform_split_%3)</source>
        <translation>uniform_split_%1：共有 %2 个 SNR 区间（uniform_split_0 到 uniform_split_%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>uniform_split_%1: no timestep has an SNR in [%2, %3)</source>
        <translation>uniform_split_%1：没有任何时间步的 SNR 落在 [%2, %3) 内</translation>
    </message>
    <message>
        <location filename="../core/inspect/compare.cpp" line="+51"/>
        <source>--vary eta: %1 is negative (eta &gt;= 0)</source>
        <translation>--vary eta：%1 为负数（eta &gt;= 0）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vary timestep_respacing: an empty value</source>
        <translation>--vary timestep_respacing：有一个空值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vary strength: %1 is outside (0, 1]</source>
        <translation>--vary strength：%1 超出 (0, 1] 范围</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checkpoints of different image size: &apos;%1&apos; makes %2x%2 images, &apos;%3&apos; %4x%4; compared columns share x_T, so they need one image size</source>
        <translation>检查点的图像尺寸不同：&apos;%1&apos; 生成 %2x%2 的图像，&apos;%3&apos; 生成 %4x%4 的图像；对比的各列共用 x_T，因此图像尺寸必须一致</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>checkpoints with different classes: &apos;%1&apos; has %2 classes, &apos;%3&apos; %4 (0 = unconditional); compared columns share their class labels</source>
        <translation>检查点的类别不同：&apos;%1&apos; 有 %2 个类别，&apos;%3&apos; 有 %4 个（0 = 无条件）；对比的各列共用类别标签</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--vary: unknown setting &apos;%1&apos; (settings that can vary: guidance_scale, timestep_respacing (or steps), sampler, schedule, eta; compare checkpoints with --model_path a.pt,b.pt)</source>
        <translation>--vary：未知设置 &apos;%1&apos;（可变化的设置：guidance_scale、timestep_respacing（或 steps）、sampler、schedule、eta；比较多个检查点请用 --model_path a.pt,b.pt）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--vary &apos;%1&apos;: expected setting=v1,v2,... (e.g. guidance_scale=1,1.5,3)</source>
        <translation>--vary &apos;%1&apos;：应为 setting=v1,v2,...（例如 guidance_scale=1,1.5,3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>--vary %1: %2 value(s) given, compare needs %3 to %4</source>
        <translation>--vary %1：给出了 %2 个值，compare 需要 %3 到 %4 个</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>compare needs %1 to %2 checkpoints (--model_path a.pt,b.pt,...), got %3; to compare settings of one checkpoint use --vary setting=v1,v2</source>
        <translation>compare 需要 %1 到 %2 个检查点（--model_path a.pt,b.pt,...），收到的是 %3 个；要比较同一检查点的不同设置，请用 --vary setting=v1,v2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compare: values given, but no setting varies</source>
        <translation>compare：给出了取值，但没有要变化的设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--vary %1 compares one checkpoint, got %2 (give several checkpoints without --vary)</source>
        <translation>--vary %1 只比较一个检查点，收到的是 %2 个（要比较多个检查点，请不要使用 --vary）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--num_samples and --batch_size must be positive</source>
        <translation>--num_samples 和 --batch_size 必须为正数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the x0 preview interval must be 0 (none) or positive</source>
        <translation>x0 预览间隔必须为 0（不预览）或正数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring needs at least 2 images per column and a positive batch size, got %1</source>
        <translation>评分需要每列至少 2 张图像且批大小为正数，收到的是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring measures images made from noise: it cannot score a comparison that starts from input images</source>
        <translation>评分衡量的是从噪声生成的图像：无法对从输入图像开始的比较评分</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--vary strength starts every column from an input image: give one (--init_image)</source>
        <translation>--vary strength 让每列都从一张输入图像开始：请指定一张（--init_image）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>class labels given, but the checkpoints are unconditional</source>
        <translation>给出了类别标签，但这些检查点为无条件模型</translation>
    </message>
    <message>
        <location filename="../core/io/atomic_file.cpp" line="+25"/>
        <location filename="../core/io/npz.cpp" line="+70"/>
        <location line="+127"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/io/npz.cpp" line="-113"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the path does not name a file</source>
        <translation>该路径不含文件名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create a temporary file in &apos;%1&apos;: %2</source>
        <translation>无法在 &apos;%1&apos; 中创建临时文件：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fsync failed</source>
        <translation>fsync 失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close failed</source>
        <translation>关闭失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename the temporary file over it</source>
        <translation>无法用临时文件替换目标文件（重命名失败）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read %1 &apos;%2&apos;: %3</source>
        <translation>无法读取%1 &apos;%2&apos;：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a symbolic link to a file that does not exist</source>
        <translation>它是指向不存在文件的符号链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is a directory, expected a file</source>
        <translation>它是目录，应为文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a named pipe, expected a file</source>
        <translation>它是命名管道，应为文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a socket, expected a file</source>
        <translation>它是套接字，应为文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a character device, expected a file</source>
        <translation>它是字符设备，应为文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a block device, expected a file</source>
        <translation>它是块设备，应为文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file %1</source>
        <translation>该文件%1</translation>
    </message>
    <message>
        <location filename="../core/io/image.cpp" line="+67"/>
        <source>cannot encode a %1x%2 image as PNG: too large</source>
        <translation>无法将 %1x%2 的图像编码为 PNG：尺寸过大</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot encode a %1x%2 image as PNG (out of memory?)</source>
        <translation>无法将 %1x%2 的图像编码为 PNG（内存不足？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image &apos;%1&apos; is %2x%3 pixels: larger than this program reads (at most %4 a side and %5 M pixels); scale it down first</source>
        <translation>图像 &apos;%1&apos; 为 %2x%3 像素：超出本程序可读取的大小（每边最多 %4，总计最多 %5 M 像素）；请先将其缩小</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot decode image &apos;%1&apos;: %2</source>
        <translation>无法解码图像 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data is empty</source>
        <translation>数据为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (not a supported image format?)</source>
        <translation>%1（不是支持的图像格式？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (corrupt or truncated?)</source>
        <translation>%1（文件已损坏或被截断？）</translation>
    </message>
    <message>
        <location filename="../core/io/image_folder.cpp" line="+54"/>
        <source>the folder &apos;%1&apos; holds a symbolic link loop: &apos;%2&apos; leads back to &apos;%3&apos;, which contains it; remove the link or point it elsewhere</source>
        <translation>文件夹 &apos;%1&apos; 中存在符号链接循环：&apos;%2&apos; 指回包含它的 &apos;%3&apos;；请删除该链接或将其指向别处</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot list the folder &apos;%1&apos;: %2</source>
        <translation>无法列出文件夹 &apos;%1&apos; 的内容：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no data folder given (--data_dir)</source>
        <translation>未指定数据文件夹（--data_dir）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation>数据文件夹 &apos;%1&apos; 不存在或不是文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot decode the image &apos;%1&apos;: the file is larger than 2 GB</source>
        <translation>无法解码图像 &apos;%1&apos;：文件大于 2 GB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot decode the image &apos;%1&apos;: %2 (corrupt, truncated or not an image)</source>
        <translation>无法解码图像 &apos;%1&apos;：%2（文件已损坏、被截断或不是图像）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--image_size must be positive</source>
        <translation>--image_size 必须为正数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data folder &apos;%1&apos; holds no .jpg, .jpeg, .png or .gif files (searched recursively)</source>
        <translation>数据文件夹 &apos;%1&apos; 中没有 .jpg、.jpeg、.png 或 .gif 文件（已递归搜索）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>image folder shard index out of range</source>
        <translation>图像文件夹的分片索引超出范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data folder &apos;%1&apos; holds %2 images, fewer than the %3 processes that each read their own share; add images or run fewer processes</source>
        <translation>数据文件夹 &apos;%1&apos; 只有 %2 张图像，少于各自读取一份图像的 %3 个进程；请增加图像或减少进程数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>class-conditional training (--class_cond True) takes the class from the file name before its first underscore, but &apos;%1&apos; has no such prefix; name files like 3_cat.png or cat_0001.png, or train with --class_cond False</source>
        <translation>类别条件训练（--class_cond True）从文件名中第一个下划线之前的部分获取类别，但 &apos;%1&apos; 没有这样的前缀；请将文件命名为 3_cat.png 或 cat_0001.png 这样的形式，或使用 --class_cond False 训练</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../core/score/image_set.cpp" line="+71"/>
        <location filename="../ui/export/sample_exporter.cpp" line="-3"/>
        <location line="+66"/>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none of the %1 image files in &apos;%2&apos; can be decoded (all corrupt or not images)</source>
        <translation>&apos;%2&apos; 中的 %1 个图像文件都无法解码（均已损坏或不是图像）</translation>
    </message>
    <message>
        <location filename="../core/io/input_image.cpp" line="+20"/>
        <location filename="../ui/window/main_window_input.cpp" line="+70"/>
        <source>input image</source>
        <translation>输入图像</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no images (.png, .jpg, .jpeg, .gif) in the folder &apos;%1&apos;</source>
        <translation>文件夹 &apos;%1&apos; 中没有图像（.png、.jpg、.jpeg、.gif）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the input image &apos;%1&apos; does not exist</source>
        <translation>输入图像 &apos;%1&apos; 不存在</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mask</source>
        <translation>蒙版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask &apos;%1&apos; is %2x%3, the input image %4x%5: a mask must have its image&apos;s size (white = regenerate)</source>
        <translation>蒙版 &apos;%1&apos; 为 %2x%3，输入图像为 %4x%5：蒙版必须与其图像尺寸相同（白色 = 重新生成）</translation>
    </message>
    <message>
        <location filename="../core/io/memory_budget.cpp" line="+54"/>
        <source>would take %1, more than the %2 of memory this process can use</source>
        <translation>需要 %1，超过本进程可用的 %2 内存</translation>
    </message>
    <message>
        <location filename="../core/io/npy.cpp" line="+71"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a valid .npy file: malformed header (%2 at offset %3 of &quot;%4&quot;)</source>
        <translation>&apos;%1&apos; 不是有效的 .npy 文件：文件头格式错误（%2，位于 &quot;%4&quot; 的偏移 %3 处）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected end</source>
        <translation>意外结束</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;%1&apos;</source>
        <translation>应为 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dimension too large</source>
        <translation>维度过大</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a non-negative integer</source>
        <translation>应为非负整数</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation>shape 中应为 &apos;,&apos; 或 &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected value</source>
        <translation>意外的值</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is not a valid .npy file: %2</source>
        <translation>&apos;%1&apos; 不是有效的 .npy 文件：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is truncated inside its header</source>
        <translation>文件在文件头内被截断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not start with the .npy magic bytes %1</source>
        <translation>它不以 .npy 魔数字节 %1 开头</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported format version %1.%2 (expected 1.0, 2.0 or 3.0)</source>
        <translation>不支持的格式版本 %1.%2（应为 1.0、2.0 或 3.0）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header claims %1 bytes but the file is only %2 bytes long</source>
        <translation>文件头声明有 %1 字节，但文件只有 %2 字节</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header lacks &apos;descr&apos;, &apos;fortran_order&apos; or &apos;shape&apos;: %1</source>
        <translation>文件头缺少 &apos;descr&apos;、&apos;fortran_order&apos; 或 &apos;shape&apos;：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed &apos;fortran_order&apos; or &apos;shape&apos; in the header: %1</source>
        <translation>文件头中的 &apos;fortran_order&apos; 或 &apos;shape&apos; 格式错误：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unsupported dtype %1</source>
        <translation>不支持该 dtype：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a structured dtype</source>
        <translation>结构化 dtype</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported dtype &apos;%1&apos; (big-endian; save it little-endian, e.g. with arr.astype(&apos;&lt;%2&apos;))</source>
        <translation>不支持的 dtype &apos;%1&apos;（大端序；请以小端序保存，例如用 arr.astype(&apos;&lt;%2&apos;)）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported dtype &apos;%1&apos;</source>
        <translation>不支持的 dtype &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read &apos;%1&apos;: %2; supported: float16/32/64, uint8, int8/16/32/64, bool</source>
        <translation>无法读取 &apos;%1&apos;：%2；支持的类型为 float16/32/64、uint8、int8/16/32/64、bool</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read &apos;%1&apos;: the array is stored in Fortran order, which is not supported (save it with np.ascontiguousarray)</source>
        <translation>无法读取 &apos;%1&apos;：数组以 Fortran 顺序存储，不受支持（请用 np.ascontiguousarray 转换后再保存）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the shape %1 is too large</source>
        <translation>形状 %1 过大</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read &apos;%1&apos;: dtype &apos;%2&apos; and shape %3 need %4 bytes of data but the file holds %5 (the file is truncated)</source>
        <translation>无法读取 &apos;%1&apos;：dtype &apos;%2&apos; 和形状 %3 需要 %4 字节的数据，但文件中只有 %5 字节（文件被截断）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read &apos;%1&apos;: dtype &apos;%2&apos; and shape %3 need %4 bytes of data but the file holds %5 (trailing bytes)</source>
        <translation>无法读取 &apos;%1&apos;：dtype &apos;%2&apos; 和形状 %3 需要 %4 字节的数据，但文件中有 %5 字节（末尾有多余字节）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>npy file</source>
        <translation>npy 文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save a %1 tensor as .npy; supported: float16/32/64, uint8, int8/16/32/64, bool</source>
        <translation>无法将 %1 张量保存为 .npy；支持的类型为 float16/32/64、uint8、int8/16/32/64、bool</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot save a tensor as .npy: its shape is too long</source>
        <translation>无法将张量保存为 .npy：其形状过长</translation>
    </message>
    <message>
        <location filename="../core/io/npz.cpp" line="-53"/>
        <source>cannot write &apos;%1&apos;: an array has an empty name</source>
        <translation>无法写入 &apos;%1&apos;：某个数组的名称为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write &apos;%1&apos;: duplicate entry &apos;%2&apos;</source>
        <translation>无法写入 &apos;%1&apos;：条目 &apos;%2&apos; 重复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write &apos;%1&apos; (array &apos;%2&apos;): %3</source>
        <translation>无法写入 &apos;%1&apos;（数组 &apos;%2&apos;）：%3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>entry &apos;%1&apos;</source>
        <translation>条目 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>finishing the archive</source>
        <translation>完成归档</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>short read</source>
        <translation>读取不完整</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos; as a zip archive (.npz): %2</source>
        <translation>无法将 &apos;%1&apos; 作为 zip 归档（.npz）读取：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 entries, uncompressed, %2: a zip bomb, or an archive too large to read on this machine</source>
        <translation>其 %1 个条目解压后%2：可能是 zip 炸弹，或归档过大，无法在本机读取</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry &apos;%1&apos;: %2</source>
        <translation>条目 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry &apos;%1&apos; has no size</source>
        <translation>条目 &apos;%1&apos; 没有大小信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; is encrypted</source>
        <translation>条目 &apos;%1&apos; 已加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; uses compression method %2 (np.savez stores, np.savez_compressed deflates; nothing else is read)</source>
        <translation>条目 &apos;%1&apos; 使用压缩方法 %2（np.savez 仅存储，np.savez_compressed 使用 deflate；其他方法一律不读取）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;%1&apos; claims %2 bytes, more than its data can hold</source>
        <translation>条目 &apos;%1&apos; 声明有 %2 字节，超出其数据所能容纳的量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry &apos;%1&apos; is truncated</source>
        <translation>条目 &apos;%1&apos; 被截断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;%1&apos; holds more than the %2 bytes its directory records: the archive is damaged</source>
        <translation>条目 &apos;%1&apos; 的内容超过目录中记录的 %2 字节：归档已损坏</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>npz file</source>
        <translation>npz 文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read &apos;%1&apos;: this build has no libzip (reading .npz needs it; install libzip-dev and rebuild)</source>
        <translation>无法读取 &apos;%1&apos;：此构建不含 libzip（读取 .npz 需要它；请安装 libzip-dev 后重新构建）</translation>
    </message>
    <message>
        <location filename="../core/io/png_text.cpp" line="+41"/>
        <source>malformed PNG data: %1</source>
        <translation>PNG 数据格式错误：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it does not start with the PNG signature</source>
        <translation>它不以 PNG 签名开头</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>truncated at byte %1 (no IEND chunk)</source>
        <translation>在第 %1 字节处被截断（没有 IEND 块）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chunk &apos;%1&apos; at byte %2 claims %3 bytes, past the end of the data (truncated?)</source>
        <translation>第 %2 字节处的块 &apos;%1&apos; 声明有 %3 字节，超出数据末尾（被截断？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRC mismatch in chunk &apos;%1&apos; at byte %2</source>
        <translation>第 %2 字节处的块 &apos;%1&apos; CRC 不匹配</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; chunk at byte %2 has no keyword terminator</source>
        <translation>第 %2 字节处的 &apos;%1&apos; 块没有关键字结束符</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>invalid PNG text key &apos;%1&apos; (1 to 79 bytes, no NUL)</source>
        <translation>无效的 PNG 文本键 &apos;%1&apos;（应为 1 到 79 字节，不含 NUL）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first chunk is &apos;%1&apos;, not IHDR</source>
        <translation>第一个块是 &apos;%1&apos;，而不是 IHDR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG text under &apos;%1&apos; is too long</source>
        <translation>键 &apos;%1&apos; 下的 PNG 文本过长</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;iTXt&apos; chunk &apos;%1&apos; is truncated</source>
        <translation>&apos;iTXt&apos; 块 &apos;%1&apos; 被截断</translation>
    </message>
    <message>
        <location filename="../core/io/stb_guard.cpp" line="+21"/>
        <source>cannot decode image &apos;%1&apos;: corrupt JPEG (%2)</source>
        <translation>无法解码图像 &apos;%1&apos;：JPEG 已损坏（%2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a segment of length %1</source>
        <translation>长度为 %1 的段</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>a Huffman table runs past its segment</source>
        <translation>Huffman 表超出其所在段</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a Huffman table of %1 codes, at most 256</source>
        <translation>Huffman 表有 %1 个码，最多为 256 个</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot decode image &apos;%1&apos;: corrupt PNG (a chunk claims %2 bytes, the file holds %3 after it)</source>
        <translation>无法解码图像 &apos;%1&apos;：PNG 已损坏（某个块声明有 %2 字节，而文件在其后只有 %3 字节）</translation>
    </message>
    <message>
        <location filename="../core/model/config_resolver.cpp" line="+53"/>
        <source>the weights do not look like a Patch Diffusion U-Net: &apos;%1&apos; is missing or has the wrong rank</source>
        <translation>这些权重不像 Patch Diffusion U-Net：&apos;%1&apos; 缺失或维数不对</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>input_blocks.0.0.weight has %1 input channels, not 3*P*P for any patch size P</source>
        <translation>input_blocks.0.0.weight 有 %1 个输入通道，不是任何图像块大小 P 对应的 3*P*P</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the weights do not look like a Patch Diffusion U-Net: %1 input blocks, %2 output blocks, %3 levels</source>
        <translation>这些权重不像 Patch Diffusion U-Net：%1 个输入块、%2 个输出块、%3 个层级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights have no residual blocks per level (num_res_blocks 0 is not supported)</source>
        <translation>这些权重每个层级没有残差块（不支持 num_res_blocks 0）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>--%1 %2 (from the user) contradicts the weights, which say %3</source>
        <translation>--%1 %2（来自用户）与权重矛盾，权重表明为 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--%1 %2 (from the sidecar) contradicts the weights, which say %3</source>
        <translation>--%1 %2（来自附属文件）与权重矛盾，权重表明为 %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>patch_size %1 (from the weights) does not divide image_size %2</source>
        <translation>patch_size %1（来自权重）不能整除 image_size %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/model/model_config.cpp" line="+43"/>
        <source>patch_size %1 does not divide image_size %2</source>
        <translation>patch_size %1 不能整除 image_size %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--model_mean_type must be xstart, eps or v, got &apos;%1&apos;</source>
        <translation>--model_mean_type 必须为 xstart、eps 或 v，收到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rescale_timesteps True is not supported: the patched network takes the original integer timesteps</source>
        <translation>不支持 --rescale_timesteps True：分块网络使用原始的整数时间步</translation>
    </message>
    <message>
        <location filename="../core/model/flag_suggest.cpp" line="+44"/>
        <source>unknown flag --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown flag --%1; did you mean --%2?</source>
        <translation>未知选项 --%1；您是想用 --%2 吗？</translation>
    </message>
    <message>
        <location filename="../core/model/flags.cpp" line="+156"/>
        <source>--%1 expects a boolean (True/False), got &apos;%2&apos;</source>
        <translation>--%1 需要布尔值（True/False），收到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 expects an integer, got &apos;%2&apos;</source>
        <translation>--%1 需要整数，收到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 需要数字，收到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>unterminated quote (%1) in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 中的引号（%1）未闭合</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument &apos;%1&apos; (flags look like --name value)</source>
        <translation>意外的参数 &apos;%1&apos;（选项的形式为 --name value）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 needs a value</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="-14"/>
        <source>no default channel_mult for a patched resolution of %1 (image_size / patch_size); the original defines 256, 128, 64 and 32 only: give --channel_mult explicitly</source>
        <translation>分块后的分辨率为 %1（image_size / patch_size）时没有默认的 channel_mult；原始实现只定义了 256、128、64 和 32：请显式指定 --channel_mult</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>image_size must be positive, got %1</source>
        <translation>image_size 必须为正数，收到的是 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch_size must be positive, got %1</source>
        <translation>patch_size 必须为正数，收到的是 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>num_channels must be a positive even number, got %1</source>
        <translation>num_channels 必须为正偶数，收到的是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel_mult is empty (resolve it before building the network)</source>
        <translation>channel_mult 为空（请在构建网络之前先解析它）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the patched size %1 cannot be halved %2 times for %3 channel_mult levels</source>
        <translation>分块后的尺寸 %1 无法为 %3 个 channel_mult 层级减半 %2 次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel_mult entry %1 gives level width %2, which GroupNorm(32) cannot split (a multiple of 32 is needed)</source>
        <translation>channel_mult 项 %1 给出的层级宽度为 %2，GroupNorm(32) 无法对其分组（需要 32 的倍数）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>num_res_blocks must be at least 1</source>
        <translation>num_res_blocks 至少为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learn_sigma needs channel_mult[0] == 1 (the variance head concatenates two %1-channel tensors)</source>
        <translation>learn_sigma 要求 channel_mult[0] == 1（方差输出头会拼接两个 %1 通道的张量）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use_scale_shift_norm False is not supported: the original&apos;s time projection always has twice the width, so that path crashes there too</source>
        <translation>不支持 use_scale_shift_norm False：原始实现的时间投影宽度总是两倍，因此该路径在原始实现中同样会崩溃</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>class_cond needs a positive class count</source>
        <translation>class_cond 需要正的类别数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>num_heads must be positive</source>
        <translation>num_heads 必须为正数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropout must be in [0, 1)</source>
        <translation>dropout 必须在 [0, 1) 内</translation>
    </message>
    <message>
        <location filename="../core/model/pickle_reader.cpp" line="+35"/>
        <source>is not a plain state_dict: %1 (a checkpoint must be a dict of tensors as torch.save writes it; loading never runs code from the file)</source>
        <translation>不是普通的 state_dict：%1（检查点必须是 torch.save 写出的张量字典；加载时绝不会运行文件中的代码）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a malformed data.pkl: %1 at byte %2 (the file may be damaged or not written by torch.save)</source>
        <translation>中的 data.pkl 格式错误：%1（位于第 %2 字节；文件可能已损坏，或不是由 torch.save 写出）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pickle ends early while reading %1</source>
        <translation>读取%1时 pickle 提前结束</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+8"/>
        <source>the pickle stack is empty</source>
        <translation>pickle 栈为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an opcode needs a MARK that is not there</source>
        <translation>某个操作码需要的 MARK 不存在</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>memo entry %1 is read before it is written</source>
        <translation>memo 条目 %1 在写入之前被读取</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it refers to the Python global &apos;%1&apos;, which is not on the allow-list (%2)</source>
        <translation>它引用了不在允许列表（%2）中的 Python 全局对象 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2, expected an int</source>
        <translation>%1是%2，应为整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>it calls %1, which a state_dict never does</source>
        <translation>它调用了 %1，而 state_dict 从不会这样做</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the arguments of %1 are %2</source>
        <translation>%1 的参数是%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it calls collections.OrderedDict with arguments</source>
        <translation>它带参数调用了 collections.OrderedDict</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>torch._utils._rebuild_parameter expects (tensor, bool, hooks)</source>
        <translation>torch._utils._rebuild_parameter 需要 (tensor, bool, hooks)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>torch._utils._rebuild_tensor_v2 has %1 arguments, expected 6 or 7</source>
        <translation>torch._utils._rebuild_tensor_v2 有 %1 个参数，应为 6 或 7 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor&apos;s storage is %1</source>
        <translation>张量的存储是%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor&apos;s storage offset</source>
        <translation>张量的存储偏移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tensor&apos;s size and stride are not two tuples of the same length</source>
        <translation>张量的大小和步长不是两个等长的元组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tensor size</source>
        <translation>张量大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tensor stride</source>
        <translation>张量步长</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a tensor has a negative or overflowing size, stride or offset</source>
        <translation>某个张量的大小、步长或偏移为负数或溢出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tensor view needs %1 elements of storage &apos;%2&apos;, which declares %3</source>
        <translation>某个张量视图需要存储 &apos;%2&apos; 的 %1 个元素，而该存储只声明了 %3 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it sets the state of %1 from %2</source>
        <translation>它用%2设置%1的状态</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a persistent id is not (&apos;storage&apos;, type, key, location, numel)</source>
        <translation>某个 persistent id 不是 (&apos;storage&apos;, type, key, location, numel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a persistent id names %1, expected a storage type</source>
        <translation>某个 persistent id 指定的是 %1，应为存储类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>storage &apos;%1&apos; declares %2 elements</source>
        <translation>存储 &apos;%1&apos; 声明了 %2 个元素</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an opcode (no STOP)</source>
        <translation>操作码（没有 STOP）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol</source>
        <translation>协议版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown pickle protocol %1</source>
        <translation>未知的 pickle 协议 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a FRAME length</source>
        <translation>FRAME 长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pickle is empty at STOP</source>
        <translation>到达 STOP 时 pickle 为空</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a string length</source>
        <translation>字符串长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pickle ends early inside a string</source>
        <translation>pickle 在字符串内部提前结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+2"/>
        <location line="+123"/>
        <source>an int</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>a LONG1 length</source>
        <translation>LONG1 长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer of %1 bytes</source>
        <translation>一个 %1 字节的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a LONG1 value</source>
        <translation>LONG1 值</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>a float</source>
        <translation>一个浮点数</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>a memo index</source>
        <translation>memo 索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a global&apos;s module</source>
        <translation>全局对象的模块名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a global&apos;s name</source>
        <translation>全局对象的名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STACK_GLOBAL needs two strings</source>
        <translation>STACK_GLOBAL 需要两个字符串</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it sets items on %1</source>
        <translation>它在%1上设置条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SETITEMS has an odd number of values</source>
        <translation>SETITEMS 的值个数为奇数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it appends to %1</source>
        <translation>它向%1追加元素</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it builds a Python object (pickle opcode %1)</source>
        <translation>它构建 Python 对象（pickle 操作码 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported pickle opcode %1</source>
        <translation>不支持的 pickle 操作码 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tensors of dtype %1 cannot be stored in a checkpoint here (expected a float, integer or bool dtype)</source>
        <translation>此处无法在检查点中存储 dtype 为 %1 的张量（应为浮点、整数或布尔 dtype）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a bool</source>
        <translation>一个布尔值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tuple</source>
        <translation>一个元组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an OrderedDict</source>
        <translation>一个 OrderedDict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dict</source>
        <translation>一个字典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the global %1</source>
        <translation>全局对象 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a storage</source>
        <translation>一个存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tensor</source>
        <translation>一个张量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown value</source>
        <translation>一个未知值</translation>
    </message>
    <message>
        <location filename="../core/model/safetensors.cpp" line="+65"/>
        <source>safetensors file &apos;%1&apos; %2</source>
        <translation>safetensors 文件 &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tensor &apos;%1&apos;: %2 %3 is not a non-negative integer</source>
        <translation>中的张量 &apos;%1&apos;：%2 %3 不是非负整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be read on a big-endian machine</source>
        <translation>无法在大端序机器上读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+183"/>
        <source>is %1 bytes, too short for the 8-byte header length</source>
        <translation>只有 %1 字节，不足以容纳 8 字节的头部长度</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>declares a header of %1 bytes, above the %2-byte limit: the file is damaged or not safetensors</source>
        <translation>声明的头部为 %1 字节，超过 %2 字节的上限：文件已损坏或不是 safetensors 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declares a header of %1 bytes, but only %2 follow: the file is truncated or not safetensors</source>
        <translation>声明的头部为 %1 字节，但其后只有 %2 字节：文件被截断或不是 safetensors 文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a header that is not a JSON object (it must start with &apos;{&apos;)</source>
        <translation>的头部不是 JSON 对象（必须以 &apos;{&apos; 开头）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>names &apos;%1&apos; twice in its header</source>
        <translation>的头部中 &apos;%1&apos; 出现了两次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a header that is not valid JSON: %1</source>
        <translation>的头部不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a header that is not a JSON object</source>
        <translation>的头部不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a __metadata__ that is not an object of strings</source>
        <translation>的 __metadata__ 不是值均为字符串的对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has __metadata__ &apos;%1&apos; = %2: metadata values must be strings</source>
        <translation>的 __metadata__ &apos;%1&apos; = %2：元数据的值必须是字符串</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tensor &apos;%1&apos; is not an object with dtype, shape and data_offsets</source>
        <translation>中的张量 &apos;%1&apos; 不是含 dtype、shape 和 data_offsets 的对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos; has dtype %2, which is not supported (supported: %3)</source>
        <translation>中的张量 &apos;%1&apos; 的 dtype %2 不受支持（支持：%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tensor &apos;%1&apos;: shape is not a list</source>
        <translation>中的张量 &apos;%1&apos;：shape 不是列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shape entry</source>
        <translation>shape 条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has a shape %2 too large for any file</source>
        <translation>中的张量 &apos;%1&apos; 的形状 %2 过大，任何文件都容纳不下</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor &apos;%1&apos;: data_offsets is not a [begin, end] pair</source>
        <translation>中的张量 &apos;%1&apos;：data_offsets 不是 [begin, end] 对</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>data offset</source>
        <translation>数据偏移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has data_offsets %2 that end before they begin</source>
        <translation>中的张量 &apos;%1&apos; 的 data_offsets %2 终点在起点之前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensor &apos;%1&apos; has data_offsets %2 past the end of the data (%3 bytes): the file is truncated or damaged</source>
        <translation>中的张量 &apos;%1&apos; 的 data_offsets %2 超出数据末尾（%3 字节）：文件被截断或已损坏</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tensor &apos;%1&apos; of shape %2 and dtype %3 needs too many bytes, but its data_offsets %4 span %5</source>
        <translation>中形状为 %2、dtype 为 %3 的张量 &apos;%1&apos; 需要的字节数过多，而其 data_offsets %4 跨越 %5 字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tensor &apos;%1&apos; of shape %2 and dtype %3 needs %4 bytes, but its data_offsets %5 span %6</source>
        <translation>中形状为 %2、dtype 为 %3 的张量 &apos;%1&apos; 需要 %4 字节，但其 data_offsets %5 跨越 %6 字节</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>has overlapping data: tensor &apos;%1&apos; [%2, %3) and tensor &apos;%4&apos; [%5, %6)</source>
        <translation>中有数据重叠：张量 &apos;%1&apos; [%2, %3) 与张量 &apos;%4&apos; [%5, %6)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/model/state_dict.cpp" line="+104"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be mapped into memory: %1</source>
        <translation>无法映射到内存：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/model/state_dict.cpp" line="+2"/>
        <source>cannot be opened for reading</source>
        <translation>无法打开以读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read to the end of its header</source>
        <translation>无法读取到其头部末尾</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tensors of dtype %1 cannot be stored in safetensors here (supported: %2)</source>
        <translation>此处无法在 safetensors 中存储 dtype 为 %1 的张量（支持：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>safetensors cannot be written on a big-endian machine</source>
        <translation>无法在大端序机器上写入 safetensors</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tensor cannot be named &apos;__metadata__&apos; in safetensors</source>
        <translation>在 safetensors 中张量不能命名为 &apos;__metadata__&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;%1&apos; holds an undefined tensor</source>
        <translation>键 &apos;%1&apos; 对应一个未定义的张量</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>无法保存 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location filename="../core/model/sidecar.cpp" line="+33"/>
        <source>cannot read the sidecar file &apos;%1&apos;</source>
        <translation>无法读取附属文件 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unsupported flag value %1</source>
        <translation>不支持的选项值 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; 必须是字符串</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;flags&apos; must be an object</source>
        <translation>&apos;flags&apos; 必须是对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown flag &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;class_names&apos; must be a list</source>
        <translation>&apos;class_names&apos; 必须是列表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sidecar file &apos;%1&apos; is not valid JSON: %2</source>
        <translation>附属文件 &apos;%1&apos; 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sidecar file &apos;%1&apos;: %2</source>
        <translation>附属文件 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the metadata &apos;%1&apos; of &apos;%2&apos; is not valid JSON</source>
        <translation>&apos;%2&apos; 的元数据 &apos;%1&apos; 不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../core/model/state_dict.cpp" line="-57"/>
        <source>the state_dict has no key &apos;%1&apos; (it has %2 keys)</source>
        <translation>state_dict 中没有键 &apos;%1&apos;（它有 %2 个键）</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../core/model/torch_archive.cpp" line="+24"/>
        <source>checkpoint &apos;%1&apos; %2</source>
        <translation>检查点 &apos;%1&apos; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist (expected a .pt file written by torch.save, or a .safetensors file)</source>
        <translation>不存在（应为 torch.save 写出的 .pt 文件或 .safetensors 文件）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory, expected a .pt file written by torch.save or a .safetensors file</source>
        <translation>是一个目录，应为 torch.save 写出的 .pt 文件或 .safetensors 文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is empty, expected a zip archive written by torch.save</source>
        <translation>为空，应为 torch.save 写出的 zip 归档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a zip archive, expected a checkpoint written by torch.save (PyTorch 1.6 or later); it looks like the legacy torch.save format: re-save it with a recent PyTorch</source>
        <translation>不是 zip 归档，应为 torch.save 写出的检查点（PyTorch 1.6 或更高版本）；它看起来是旧版 torch.save 格式：请用较新的 PyTorch 重新保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a zip archive, expected a checkpoint written by torch.save (PyTorch 1.6 or later)</source>
        <translation>不是 zip 归档，应为 torch.save 写出的检查点（PyTorch 1.6 或更高版本）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a plain state_dict: its top level holds %1, expected a dict of tensors</source>
        <translation>不是普通的 state_dict：其顶层是%1，应为张量字典</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is a single state_dict: leave the entry empty</source>
        <translation>它只有单个 state_dict：请将条目留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no entry &apos;%1&apos; (%2)</source>
        <translation>中没有条目 &apos;%1&apos;（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; holds %2, expected a state_dict (%3)</source>
        <translation>中的条目 &apos;%1&apos; 是%2，应为 state_dict（%3）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>holds several state_dicts (%1): choose one by name</source>
        <translation>包含多个 state_dict（%1）：请按名称选择一个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing the record &apos;%1&apos; that key &apos;%2&apos; points at</source>
        <translation>缺少键 &apos;%2&apos; 所指向的记录 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a record &apos;%1&apos; of %2 bytes, shorter than the %3 bytes (%4 %5 elements) that key &apos;%6&apos; needs: the file is damaged</source>
        <translation>中的记录 &apos;%1&apos; 只有 %2 字节，少于键 &apos;%6&apos; 所需的 %3 字节（%4 个 %5 元素）：文件已损坏</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holds an empty state_dict (no tensors)</source>
        <translation>包含的是空 state_dict（没有张量）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a plain state_dict: key #%1 is %2, expected a string</source>
        <translation>不是普通的 state_dict：键 #%1 是%2，应为字符串</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a plain state_dict: key &apos;%1&apos; holds %2, expected a tensor</source>
        <translation>不是普通的 state_dict：键 &apos;%1&apos; 对应的是%2，应为张量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has storage &apos;%1&apos; used with two different types or sizes</source>
        <translation>中的存储 &apos;%1&apos; 以两种不同的类型或大小被使用</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>is a safetensors file, which holds a single state_dict: leave the entry empty (got &apos;%1&apos;)</source>
        <translation>是 safetensors 文件，只包含单个 state_dict：请将条目留空（收到的是 &apos;%1&apos;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds no tensors</source>
        <translation>不含任何张量</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is a zip archive without data.pkl, so not a checkpoint written by torch.save (it holds: %1)</source>
        <translation>是不含 data.pkl 的 zip 归档，因此不是 torch.save 写出的检查点（其内容：%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stores its tensors as &apos;%1&apos;-endian</source>
        <translation>以 &apos;%1&apos; 字节序存储其张量</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a readable torch.save archive (%1); the file may be truncated or damaged</source>
        <translation>不是可读取的 torch.save 归档（%1）；文件可能被截断或已损坏</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: no file name</source>
        <translation>无法写入检查点 &apos;%1&apos;：没有文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write checkpoint &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>无法写入检查点 &apos;%1&apos;：文件夹 &apos;%2&apos; 不存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: cannot create a temporary folder in &apos;%2&apos; (%3)</source>
        <translation>无法写入检查点 &apos;%1&apos;：无法在 &apos;%2&apos; 中创建临时文件夹（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name clash</source>
        <translation>名称冲突</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>cannot write checkpoint &apos;%1&apos;: %2</source>
        <translation>无法写入检查点 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot save checkpoint &apos;%1&apos;: key &apos;%2&apos; holds an undefined tensor</source>
        <translation>无法保存检查点 &apos;%1&apos;：键 &apos;%2&apos; 对应一个未定义的张量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save checkpoint &apos;%1&apos;: key &apos;%2&apos;: %3</source>
        <translation>无法保存检查点 &apos;%1&apos;：键 &apos;%2&apos;：%3</translation>
    </message>
    <message>
        <location filename="../core/model/torch_archive.cpp" line="+23"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a readable torch.save archive (%1): the file may be truncated or damaged</source>
        <translation>不是可读取的 torch.save 归档（%1）：文件可能被截断或已损坏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is an empty zip archive, not a checkpoint written by torch.save</source>
        <translation>是空的 zip 归档，不是 torch.save 写出的检查点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a zip archive whose first entry (&apos;%1&apos;) is not in a top-level folder, as torch.save writes them: not a checkpoint</source>
        <translation>是 zip 归档，但其第一个条目（&apos;%1&apos;）不像 torch.save 写出的那样位于顶层文件夹中：不是检查点</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has records that, uncompressed, %1: a zip bomb, or a checkpoint too large to load on this machine</source>
        <translation>的记录解压后%1：可能是 zip 炸弹，或检查点过大，无法在本机加载</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a format version record of %1 bytes: the file is damaged</source>
        <translation>的格式版本记录有 %1 字节：文件已损坏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no torch.save format version record (or one that holds no number): not a checkpoint, or a damaged one</source>
        <translation>没有 torch.save 格式版本记录（或该记录不含数字）：不是检查点，或检查点已损坏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has torch.save format version %1, which this program does not read (1 to 10)</source>
        <translation>的 torch.save 格式版本为 %1，本程序无法读取（支持 1 到 10）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>has no record &apos;%1&apos;</source>
        <translation>中没有记录 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a record &apos;%1&apos; whose size cannot be read: the file is damaged</source>
        <translation>中记录 &apos;%1&apos; 的大小无法读取：文件已损坏</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has a record &apos;%1&apos; that claims %2 bytes (%3 stored) in a file of %4: the file is damaged or not written by torch.save</source>
        <translation>中的记录 &apos;%1&apos; 声明有 %2 字节（存储 %3 字节），而文件只有 %4 字节：文件已损坏或不是由 torch.save 写出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a record &apos;%1&apos; that cannot be opened (%2): the file is damaged</source>
        <translation>中的记录 &apos;%1&apos; 无法打开（%2）：文件已损坏</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a record &apos;%1&apos; that cannot be read to its end (%2): the file is truncated or damaged</source>
        <translation>中的记录 &apos;%1&apos; 无法读到末尾（%2）：文件被截断或已损坏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a record &apos;%1&apos; that holds more than the %2 bytes the archive records, or fails its checksum: the file is damaged</source>
        <translation>中的记录 &apos;%1&apos; 超过归档中记录的 %2 字节，或校验和不符：文件已损坏</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a readable torch.save archive (%1)</source>
        <translation>不是可读取的 torch.save 归档（%1）</translation>
    </message>
    <message>
        <location filename="../core/sampling/branch_record.cpp" line="+38"/>
        <source>the branch&apos;s x_t is not base64 (length %1)</source>
        <translation>分支的 x_t 不是 base64（长度 %1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the branch&apos;s x_t is not base64 (at character %1)</source>
        <translation>分支的 x_t 不是 base64（位于第 %1 个字符）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s x_t is not a whole number of float32 values</source>
        <translation>分支的 x_t 不是整数个 float32 值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s image size %1 is not a usable size</source>
        <translation>分支的图像尺寸 %1 不可用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the branch&apos;s x_t holds %1 values, expected 3 x %2 x %2</source>
        <translation>分支的 x_t 有 %1 个值，应为 3 x %2 x %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch&apos;s solver history holds %1 values, expected 3 x %2 x %2</source>
        <translation>分支的求解器历史有 %1 个值，应为 3 x %2 x %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch&apos;s solver history has %1 entries but %2 points</source>
        <translation>分支的求解器历史有 %1 个条目，但时间点有 %2 个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the branch&apos;s x_t has an unknown dtype</source>
        <translation>分支的 x_t 的 dtype 未知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a run description must be a JSON object</source>
        <translation>运行记录必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the branch&apos;s parent run description must be a JSON object</source>
        <translation>分支的父运行记录必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the branch&apos;s step is negative</source>
        <translation>分支的步序号为负数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run description&apos;s &quot;branch&quot; object is malformed: %1</source>
        <translation>运行记录中的 &quot;branch&quot; 对象格式错误：%1</translation>
    </message>
    <message>
        <location filename="../core/sampling/image_condition.cpp" line="+17"/>
        <source>input images must be uint8 [M, H, W, 3], got %1 %2</source>
        <translation>输入图像必须为 uint8 [M, H, W, 3]，收到的是 %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input images are %1x%2, the model makes %3x%4</source>
        <translation>输入图像为 %1x%2，而模型生成 %3x%4 的图像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>masks must be uint8 [M, H, W] matching the input images %1, got %2</source>
        <translation>蒙版必须为与输入图像 %1 相匹配的 uint8 [M, H, W]，收到的是 %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the strength must be in (0, 1], got %1</source>
        <translation>强度必须在 (0, 1] 内，收到的是 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schedule has no steps</source>
        <translation>调度中没有步</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>start step outside the schedule</source>
        <translation>起始步超出调度范围</translation>
    </message>
    <message>
        <location filename="../core/sampling/run_spec.cpp" line="+59"/>
        <source>the run&apos;s input image is not square (%1)</source>
        <translation>该运行的输入图像不是正方形（%1）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not a patchdiff run description (format &apos;%1&apos;)</source>
        <translation>不是 patchdiff 运行记录（格式 &apos;%1&apos;）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the run names no checkpoint</source>
        <translation>该运行未指定检查点</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the run started from an image (strength %1) but its description holds no input image</source>
        <translation>该运行从图像开始（强度 %1），但其运行记录中没有输入图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the run description is malformed: %1</source>
        <translation>运行记录格式错误：%1</translation>
    </message>
    <message>
        <location filename="../core/sampling/sample_images.cpp" line="+18"/>
        <source>class labels given, but the model is unconditional</source>
        <translation>给出了类别标签，但该模型为无条件模型</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the image count, batch size and image stride must be positive</source>
        <translation>图像数、批大小和图像步长必须为正数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/sampling/sampler.cpp" line="+156"/>
        <source>this model is class-conditional: give one class label per image (%1)</source>
        <translation>此模型为类别条件模型：请为每张图像指定一个类别标签（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the given x_T has shape %1, expected [%2, 3, %3, %3]</source>
        <translation>给定的 x_T 形状为 %1，应为 [%2, 3, %3, %3]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a branch continues one batch: the batch size must hold every image</source>
        <translation>分支延续的是一个批次：批大小必须容纳所有图像</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler.cpp" line="-134"/>
        <source>sampling needs at least one checkpoint (--model_path)</source>
        <translation>采样至少需要一个检查点（--model_path）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>split checkpoints disagree on %1: &apos;%2&apos; has %3, &apos;%4&apos; has %5</source>
        <translation>分段检查点的 %1 不一致：&apos;%2&apos; 为 %3，&apos;%4&apos; 为 %5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the class count</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>class label %1 is out of range: the model has %2 classes (0..%3; %2 is the null label)</source>
        <translation>类别标签 %1 超出范围：该模型有 %2 个类别（0..%3；%2 为空标签）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>batch size must be positive</source>
        <translation>批大小必须为正数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start step %1 is outside the %2-step schedule</source>
        <translation>起始步 %1 超出了 %2 步的调度范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a strength below 1 needs an input image to start from (--init_image)</source>
        <translation>强度小于 1 时需要一张作为起点的输入图像（--init_image）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RePaint&apos;s jumps (--repaint_jumps) resample an inpainting run: give a mask (--mask)</source>
        <translation>RePaint 的跳跃（--repaint_jumps）用于对局部重绘运行进行重采样：请指定蒙版（--mask）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the input images have shape %1, the batch needs [%2, 3, %3, %3]</source>
        <translation>输入图像的形状为 %1，而该批次需要 [%2, 3, %3, %3]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sampling needs a noise source</source>
        <translation>采样需要噪声源</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>sampler &apos;%1&apos; draws noise: give a noise source</source>
        <translation>采样器 &apos;%1&apos; 需要抽取噪声：请提供噪声源</translation>
    </message>
    <message>
        <location filename="../core/sampling/sampler_settings.cpp" line="+61"/>
        <source>--dynamic_threshold must be auto, on or off, got &apos;%1&apos;</source>
        <translation>--dynamic_threshold 必须为 auto、on 或 off，收到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the sampler settings are malformed: %1</source>
        <translation>采样器设置格式错误：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>sampler settings: &apos;%1&apos; is not name=value</source>
        <translation>采样器设置：&apos;%1&apos; 不是 name=value 形式</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sampler settings: unknown setting &apos;%1&apos;</source>
        <translation>采样器设置：未知设置 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>eta must be 0 or positive, got %1</source>
        <translation>eta 必须为 0 或正数，收到的是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the solver order must be 0 (the solver&apos;s default), 1, 2 or 3, got %1</source>
        <translation>求解器阶数必须为 0（求解器的默认值）、1、2 或 3，收到的是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the strength must be in (0, 1] (1: from noise; near 0: the input image almost unchanged), got %1</source>
        <translation>强度必须在 (0, 1] 内（1：从噪声开始；接近 0：输入图像几乎不变），收到的是 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repaint_jumps must be 0 (no resampling) to 100, got %1</source>
        <translation>repaint_jumps 必须在 0（不重采样）到 100 之间，收到的是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repaint_jump_length must be 1 to 1000 steps, got %1</source>
        <translation>repaint_jump_length 必须在 1 到 1000 步之间，收到的是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 sampler runs on the respaced table&apos;s steps only: use --schedule uniform, or a solver such as euler or dpmpp_2m for schedule &apos;%2&apos;</source>
        <translation>%1 采样器只能在时间步重排后的表中的步上运行：请使用 --schedule uniform，或为调度 &apos;%2&apos; 使用 euler 或 dpmpp_2m 等求解器</translation>
    </message>
    <message>
        <location filename="../core/score/feature_net.cpp" line="+39"/>
        <source>--feature_input_range: expected LOW,HIGH with LOW &lt; HIGH (e.g. 0,1 or -1,1), got &apos;%1&apos;</source>
        <translation>--feature_input_range：应为 LOW,HIGH 且 LOW &lt; HIGH（例如 0,1 或 -1,1），收到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>feature network</source>
        <translation>特征网络</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a TorchScript module (save one with torch.jit.trace(...).save or torch.jit.script(...).save): %2</source>
        <translation>&apos;%1&apos; 不是 TorchScript 模块（请用 torch.jit.trace(...).save 或 torch.jit.script(...).save 保存）：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; has no forward method: a feature network maps images to features</source>
        <translation>&apos;%1&apos; 没有 forward 方法：特征网络应将图像映射为特征</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; does not say its input size (no input_size attribute): give --feature_input_size S (299 for InceptionV3)</source>
        <translation>&apos;%1&apos; 未说明其输入尺寸（没有 input_size 属性）：请指定 --feature_input_size S（InceptionV3 为 299）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature network&apos;s input size must be positive</source>
        <translation>特征网络的输入尺寸必须为正数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; does not say its input range (no input_min/input_max attributes): give --feature_input_range LOW,HIGH (0,1 for pytorch-fid&apos;s InceptionV3)</source>
        <translation>&apos;%1&apos; 未说明其输入范围（没有 input_min/input_max 属性）：请指定 --feature_input_range LOW,HIGH（pytorch-fid 的 InceptionV3 为 0,1）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the feature network &apos;%1&apos; failed on images of %2x%2: %3</source>
        <translation>特征网络 &apos;%1&apos; 处理 %2x%2 的图像时失败：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature network &apos;%1&apos; must return one tensor of features</source>
        <translation>特征网络 &apos;%1&apos; 必须返回单个特征张量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the feature network &apos;%1&apos; must return [N, D] features for N images</source>
        <translation>特征网络 &apos;%1&apos; 必须为 N 张图像返回 [N, D] 的特征</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the feature network &apos;%1&apos; has no classify method: class accuracy needs one</source>
        <translation>特征网络 &apos;%1&apos; 没有 classify 方法：计算类别准确率需要该方法</translation>
    </message>
    <message>
        <location filename="../core/score/image_set.cpp" line="-12"/>
        <source>&apos;%1&apos; is not a folder of images</source>
        <translation>&apos;%1&apos; 不是图像文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; holds no images (.png, .jpg, .jpeg, .gif; the sampler&apos;s *_grid.png is skipped)</source>
        <translation>&apos;%1&apos; 中没有图像（.png、.jpg、.jpeg、.gif；采样器生成的 *_grid.png 会被跳过）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is %2x%3 but &apos;%4&apos; is %5x%6: every image of a set must have the same size</source>
        <translation>&apos;%1&apos; 为 %2x%3，而 &apos;%4&apos; 为 %5x%6：同一图像集中的所有图像尺寸必须相同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; holds %2 images of %3x%4, which %5; score images at the model&apos;s size, or fewer of them</source>
        <translation>&apos;%1&apos; 中有 %2 张 %3x%4 的图像，共%5；请以模型的尺寸评分图像，或减少图像数量</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; has no arr_0: expected the images as the sampler saves them (samples_NxHxWx3.npz)</source>
        <translation>&apos;%1&apos; 中没有 arr_0：应为采样器保存的图像格式（samples_NxHxWx3.npz）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos;: arr_0 must be uint8 [N, H, W, 3] images, got %2 of %3 dimensions</source>
        <translation>&apos;%1&apos;：arr_0 必须是 uint8 [N, H, W, 3] 图像，收到的是 %3 维的 %2 数组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; holds no images (arr_0 is empty)</source>
        <translation>&apos;%1&apos; 中没有图像（arr_0 为空）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: arr_1 must hold one integer label per image (%2)</source>
        <translation>&apos;%1&apos;：arr_1 必须为每张图像包含一个整数标签（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; does not exist (give a folder of PNGs or an .npz)</source>
        <translation>&apos;%1&apos; 不存在（请指定 PNG 图像文件夹或 .npz 文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is neither a folder of images nor an .npz of samples</source>
        <translation>&apos;%1&apos; 既不是图像文件夹，也不是样本 .npz 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--labels is empty: give class indices, comma separated</source>
        <translation>--labels 为空：请给出以逗号分隔的类别索引</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--labels: &apos;%1&apos; is not a class index in 0..%2</source>
        <translation>--labels：&apos;%1&apos; 不是 0..%2 范围内的类别索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--labels: &apos;%1&apos; is not a class index</source>
        <translation>--labels：&apos;%1&apos; 不是类别索引</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--labels gives %1 labels for %2 images</source>
        <translation>--labels 给出了 %1 个标签，但图像有 %2 张</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+136"/>
        <source>class list</source>
        <translation>类别列表</translation>
    </message>
    <message>
        <location filename="../core/io/gif_writer.cpp" line="+28"/>
        <source>GIF encoding failed: %1 (%2)</source>
        <translation>GIF 编码失败：%1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GIF encoding: no frames to write</source>
        <translation>GIF 编码：没有可写入的帧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GIF encoding: frame size %1x%2 is not 1..65535</source>
        <translation>GIF 编码：帧尺寸 %1x%2 不在 1..65535 范围内</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GIF encoding: frame %1 is not %2x%3 RGB like the first</source>
        <translation>GIF 编码：第 %1 帧不是与第一帧相同的 %2x%3 RGB</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>GIF encoding: out of memory for a palette</source>
        <translation>GIF 编码：调色板内存不足</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF encoding: colour quantization failed</source>
        <translation>GIF 编码：颜色量化失败</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this build of patchdiff has no GIF encoder (it was built without giflib, Debian package libgif-dev); export PNG frames or a filmstrip instead</source>
        <translation>此 patchdiff 构建没有 GIF 编码器（构建时未带 giflib，Debian 软件包 libgif-dev）；请改为导出 PNG 帧或胶片条</translation>
    </message>
    <message>
        <location filename="../core/model/model_loader.cpp" line="+66"/>
        <source>the weights in &apos;%1&apos; do not match the network built from the flags%2%3%4
  (check the model flags; `patchdiff info` shows what the weights say)</source>
        <translation>&apos;%1&apos; 中的权重与根据选项构建的网络不匹配%2%3%4
  （请检查模型选项；`patchdiff info` 会显示权重所对应的设置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
  missing keys (%1):%2</source>
        <translation>
  缺少的键（%1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
  unexpected keys (%1):%2</source>
        <translation>
  多余的键（%1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
  wrongly shaped keys (%1):%2</source>
        <translation>
  形状不符的键（%1）：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (checkpoint &apos;%2&apos;)</source>
        <translation>%1（检查点 &apos;%2&apos;）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the sidecar of &apos;%1&apos; names %2 classes, the weights have %3</source>
        <translation>&apos;%1&apos; 的附属文件列出 %2 个类别，而权重有 %3 个</translation>
    </message>
    <message>
        <location filename="../core/runtime/cpu_threads.cpp" line="+118"/>
        <source>--threads must be between 0 (the default) and %1, got %2</source>
        <translation>--threads 必须介于 0（默认值）和 %1 之间，收到的是 %2</translation>
    </message>
    <message>
        <location filename="../core/inspect/quality_chart.cpp" line="+86"/>
        <source>the quality chart needs scored columns</source>
        <translation>质量图表需要已评分的列</translation>
    </message>
</context>
<context>
    <name>patchdiff</name>
    <message>
        <location filename="../app/patchdiff/cli_args.cpp" line="+35"/>
        <source>unknown flag --%1; did you mean --%2?</source>
        <translation>未知选项 --%1；您是指 --%2 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown flag --%1 (--help lists the flags)</source>
        <translation>未知选项 --%1（--help 列出所有选项）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--%1 needs a value</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cli_tr.cpp" line="+104"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_bench.cpp" line="+43"/>
        <source>--%1 takes on or off, got &apos;%2&apos;</source>
        <translation>--%1 只接受 on 或 off，收到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--device takes cpu, cuda or cuda:N, got &apos;%1&apos;</source>
        <translation>--device 只接受 cpu、cuda 或 cuda:N，收到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="+249"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+183"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="+92"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+199"/>
        <location line="+91"/>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
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
        <translation>用法：patchdiff bench (--preset NAME[,NAME]|all | --model_path A.pt[,B.pt] [模型选项])
                      [--batch 1,16] [--steps 50] [--warmup 3] [--repeats 1]
                      [--device cpu|cuda] [--precision fp32|fp16|bf16] [--guidance 1.5]
                      [--threads N] [--cuda_graphs on|off] [--channels_last on|off]
                      [--noise seeded|device] [--fast_paths SPEC] [--ab &apos;SPEC;SPEC&apos;]
                      [--timestep_respacing 250] [--block K] [--seed N] [--json out.json]
                      [--profile]
在 --warmup 个不计时的步骤之后，对采样循环的完整反向步骤（网络、引导、阈值处理、更新、
噪声）计时，并输出 ms/step（中位数、p10..p90）、250 步运行的图像/秒、实际达到的
TFLOP/s、主机生成噪声所用时间、峰值内存；对于预设，还输出原始实现在 H200 上的 ms/step
（../shared/anchors/peer-gpu.md）及加速比。
  --preset         lsun_p2, lsun_p4, lsun_p8, imagenet_p4, ffhq_p4（随机权重；&apos;all&apos;
                   = 这五个），tiny, tiny_cond（冒烟测试）；--list-presets 列出它们
  --model_path     改用检查点（多个 = SNR 分段，配合 --snr_splits）
  --precision      主干精度：fp32、fp16（原始实现的 use_fp16，CUDA）或 bf16
  --guidance       类别条件检查点的无分类器引导（默认 1.5；预设使用 README 中的值）
  --cuda_graphs    将每次网络前向作为 CUDA 图重放（默认 off）
  --noise          seeded：与 `patchdiff sample` 相同的逐图像 CPU 随机流（默认，
                   各图像并行生成）；
                   device：在设备上调用 torch::randn，与原始实现相同
  --fast_paths     开关，例如 conv=0,attn=1（也可用 $PATCHDIFF_FAST_PATHS）
  --ab             在同一进程中逐次交替比较多组开关，
                   例如 --ab &apos;conv=0;conv=1&apos; --repeats 3（一组可添加 noise=MODE）
  --block          每个同步计时块的步数（默认 CPU 上为 1，CUDA 上为 5）
  --json           同时以 JSON 写出报告
  --profile        同时为计时步骤中的每个算子计时：每步中卷积、布局（复制、重排）、
                   GroupNorm+SiLU、注意力、逐元素运算、内存分配、噪声和主机代码
                   各自所占的比例，以及耗时最多的算子
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
        <translation>用法：patchdiff selftest [--reference DIR] [--compare_models A.pt,B.pt] [--compare_presets tiny,...]
                         [--device cpu|cuda] [--precision fp32|fp16|bf16]
                         [--cuda_graphs on|off] [--channels_last on|off] [--fast_paths SPEC]
                         [--model_tolerance X] [--sampling_tolerance X] [--threads N]
                         [--json out.json]
运行参考文件夹（index.json，由原始实现在 CPU 上以 float32 计算）中的每个网络和采样
用例，并输出各自的最大绝对误差。任一误差超过容差时以退出码 1 结束（float32：CPU 上
网络输出为 1e-4，CUDA 上及采样运行为 1e-3；fp16 和 bf16 的界限较宽，只用于发现损坏的
路径）。参考文件夹不完整、文件缺失的用例会被跳过。
  --compare_models, --compare_presets  同时以相同输入，在设备上和本构建的 CPU float32
                   路径上运行这些检查点 / 预设（随机权重）：一次网络前向、10 步 DDIM
                   和 5 步 DDPM（引导强度 1.5）
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
        <translation>意外的参数 &apos;%1&apos;（选项的形式为 --name value）</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>--cuda_graphs applies on CUDA only and is ignored on the CPU</source>
        <translation>--cuda_graphs 仅适用于 CUDA，在 CPU 上会被忽略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --preset NAME[,NAME] or --model_path A.pt[,B.pt]</source>
        <translation>请指定 --preset NAME[,NAME] 或 --model_path A.pt[,B.pt] 之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model flags apply to --model_path; presets carry the README&apos;s flags</source>
        <translation>模型选项只用于 --model_path；预设自带 README 中的选项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>building %1 (%2 networks, random weights)</source>
        <translation>正在构建 %1（%2 个网络，随机权重）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building %1 (one network, random weights)</source>
        <translation>正在构建 %1（1 个网络，随机权重）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>give --reference DIR (the folder holding index.json), --compare_models or --compare_presets</source>
        <translation>请指定 --reference DIR（包含 index.json 的文件夹）、--compare_models 或 --compare_presets</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>selftest on %1, %2, fast paths %3, CUDA graphs on</source>
        <translation>自检：%1，%2，快速路径 %3，CUDA 图 开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selftest on %1, %2, fast paths %3, CUDA graphs off</source>
        <translation>自检：%1，%2，快速路径 %3，CUDA 图 关</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max abs error %1 (tolerance %2)</source>
        <translation>最大绝对误差 %1（容差 %2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cases, %2 failed, %3 skipped</source>
        <translation>%1 个用例，%2 个失败，%3 个跳过</translation>
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
        <translation>用法：patchdiff compare --model_path A.pt,B.pt[,C.pt[,D.pt]] [采样选项] [--out DIR]
      patchdiff compare --model_path A.pt --vary SETTING=V1,V2[,...] [采样选项] [--out DIR]
依次运行只有一处不同、其余（种子、x_T、标签、采样器设置）全部相同的若干列，并写出
DIR/compare.png（各列并排并带说明文字）和 DIR/compare.json（每列一个对象：checkpoint,
patch_size, setting, params, gflop_per_pass, ms_per_step_median, total_s, rms_to_first）。
  --model_path        2 到 4 个检查点，以逗号分隔（各列），或配合 --vary 使用 1 个
  --vary              guidance_scale=1,1.5,3 | timestep_respacing=10,25,50 |
                      %1=False,True | eta=0,0.5,1 | sampler=ddim,dpmpp_2m,unipc |
                      schedule=uniform,karras | steps=10,20 |
                      strength=0.3,0.6,0.9（配合 --init_image）（2 到 6 个值）
  --init_image, --strength, --mask, --repaint_jumps  每列都从该图像开始
                      （见 patchdiff sample）
  --sampler, --schedule  所有列的求解器和调度（见 patchdiff sample）
  --out               输出文件夹（默认 .）
  --num_samples       每列图像数（默认 4），--batch_size（默认 16）
  --timestep_respacing, --guidance_scale（默认 1.5）, --%1, --eta,
  --dynamic_threshold auto|on|off, --clip_denoised, --seed（默认 0）,
  --class_labels 3,3,7（默认：与 &apos;sample&apos; 一样由种子抽取）,
  --threads N, --device cpu|cuda, --entry NAME，以及原始实现的 MODEL_FLAGS
  --score N           同时为每列评分：每列再生成 N 张图像（类别均衡），将其相对于数据的
                      Fréchet 距离和类别准确率（见 patchdiff score；要得到稳定的 FD 需
                      500 张或以上）写入表格、compare.json 和 DIR/quality.png
                      （FD 与每张完成图像的 GFLOP 的关系）；--data_dir、--feature_net 的用法
                      与 patchdiff score 相同
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(ms/step: median wall time of one step of a batch; GFLOP per image per network pass, x2 per step with guidance;
 speed-up and GFLOP ratio per image run relative to the first column; RMS in [-1, 1])</source>
        <translation>（ms/step：一个批次单步耗时的中位数；GFLOP 为每张图像每次网络前向的计算量，使用引导时每步 x2；
 加速比和 GFLOP 比按每张图像计算，相对于第一列；RMS 在 [-1, 1] 范围内）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ms/step: median wall time of one step of a batch; GFLOP per image per network pass;
 speed-up and GFLOP ratio per image run relative to the first column; RMS in [-1, 1])</source>
        <translation>（ms/step：一个批次单步耗时的中位数；GFLOP 为每张图像每次网络前向的计算量；
 加速比和 GFLOP 比按每张图像计算，相对于第一列；RMS 在 [-1, 1] 范围内）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(%1 images per column, features of %2; the floor: as many held-out real images)</source>
        <extracomment>Below the scores of `patchdiff compare --score`: %1 images per column, %2 the feature network&apos;s file name.</extracomment>
        <translation>（每列 %1 张图像，特征取自 %2；下限：相同数量的留出真实图像）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--model_path is required: 2 to 4 checkpoints, comma separated, or one with --vary</source>
        <translation>必须指定 --model_path：2 到 4 个以逗号分隔的检查点，或配合 --vary 使用 1 个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 and --vary %2 both given: the varied setting takes its values from --vary</source>
        <extracomment>%1 a flag given, %2 the setting --vary varies (the flag sets it).</extracomment>
        <translation>同时指定了 --%1 和 --vary %2：变化的设置取 --vary 中的值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vary strength starts every column from an image: give it with --init_image</source>
        <translation>--vary strength 让每列都从一张图像开始：请用 --init_image 指定该图像</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="-46"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-112"/>
        <source>--device cuda: this LibTorch build has no usable CUDA device</source>
        <translation>--device cuda：此 LibTorch 构建没有可用的 CUDA 设备</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>scoring column %1/%2</source>
        <extracomment>Progress label while the images a column is scored on are made: %1 the column, %2 of how many.</extracomment>
        <translation>正在评分第 %1/%2 列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1/%2</source>
        <translation>第 %1/%2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+101"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="-56"/>
        <location line="+88"/>
        <location filename="../app/patchdiff/cmd_train.cpp" line="+100"/>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot create the output folder &apos;%1&apos;: %2</source>
        <translation>无法创建输出文件夹 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote %1 and %2</source>
        <translation>已写出 %1 和 %2</translation>
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
        <translation>用法：patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]
构建内置表情模型的训练集（resources/models/MODEL_CARD.md）：用 `npm pack` 获取
emoji-datasource-google@16.0.0 和 emoji-datasource-twitter@16.0.0（或读取给定的
--tarballs），取该包 emoji.json 中列出的每个 64x64 PNG（包括肤色变体），合成到白色背景
上并写出
  OUTDIR/train/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png     供 `patchdiff train --data_dir OUTDIR/train` 使用
  OUTDIR/heldout/&lt;class&gt;_&lt;set&gt;_&lt;image&gt;.png   固定比例 F（默认 0.1），按基础表情的哈希选取
                                             （同一表情的所有肤色和两种绘制风格都在同一侧）
  OUTDIR/classes.json                        9 个类别名称及数量
类别是表情分类的整数编号（原始训练脚本的约定）：
0 Smileys &amp; Emotion, 1 People &amp; Body, 2 Animals &amp; Nature, 3 Food &amp; Drink, 4 Travel &amp; Places,
5 Activities, 6 Objects, 7 Symbols（含 Component）, 8 Flags.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create a temporary folder in %1</source>
        <translation>无法在 %1 中创建临时文件夹</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>usage: patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]</source>
        <translation>用法：patchdiff data emoji OUTDIR [--heldout_fraction F] [--tarballs A.tgz,B.tgz]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fetching %1 and %2 with npm pack...</source>
        <translation>正在用 npm pack 获取 %1 和 %2...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(%1% held out)</source>
        <translation>（留出 %1%）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped %1 images that emoji.json does not list</source>
        <translation>已跳过 emoji.json 中未列出的 %1 张图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote %1/train, %1/heldout and %1/classes.json</source>
        <translation>已写出 %1/train、%1/heldout 和 %1/classes.json</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown data set &apos;%1&apos; (known: emoji)</source>
        <translation>未知数据集 &apos;%1&apos;（已知：emoji）</translation>
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
        <translation>用法：patchdiff forward CKPT --x x.npy --t 999,500 [--y 0,3] [--out out.npy]
                        [--device cpu|cuda] [--threads N] [模型选项]
运行一次网络。x：模型空间中的 float [B, 3, S, S]；t：每张图像一个原始时间步（或所有图像
共用一个）；y：类别条件模型中每张图像一个标签（类别数即空标签）。输出结果的最大值和均值。
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>forward needs a checkpoint (patchdiff forward CKPT ...)</source>
        <translation>forward 需要一个检查点（patchdiff forward CKPT ...）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forward needs --x x.npy ([B, 3, S, S] float)</source>
        <translation>forward 需要 --x x.npy（[B, 3, S, S] float）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward needs --t (timesteps, e.g. 999,500)</source>
        <translation>forward 需要 --t（时间步，例如 999,500）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--x %1 has shape %2, the model needs %3</source>
        <translation>--x %1 的形状为 %2，模型需要 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--t has %1 timesteps for %2 images</source>
        <translation>--t 有 %1 个时间步，但图像有 %2 张</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this model is class-conditional: give --y (labels)</source>
        <translation>此模型为类别条件模型：请指定 --y（标签）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--y has %1 labels for %2 images</source>
        <translation>--y 有 %1 个标签，但图像有 %2 张</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label %1 is out of range: 0..%2, or %3 for no label</source>
        <translation>标签 %1 超出范围：应为 0..%2，无标签时为 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--y given, but this model is unconditional</source>
        <translation>指定了 --y，但此模型为无条件模型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--use_fp16 applies on CUDA only; running float32 on the CPU</source>
        <translation>--use_fp16 仅适用于 CUDA；在 CPU 上以 float32 运行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>output %1  max %2  mean %3  max|.| %4</source>
        <extracomment>The network&apos;s output: %1 its shape, then its largest value, mean and largest magnitude.</extracomment>
        <translation>输出 %1  最大值 %2  均值 %3  最大|.| %4</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_info.cpp" line="+26"/>
        <source>user</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from (patchdiff info): the user&apos;s command line.</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sidecar</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the checkpoint&apos;s .json sidecar file.</extracomment>
        <translation>附属文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: read from the weights&apos; tensor shapes.</extracomment>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the original&apos;s default.</extracomment>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: patchdiff info CKPT... [--entry NAME] [model/diffusion flags]
CKPT is a .pt file or the name of a bundled model (e.g. emoji64_p4).
Shows the resolved flags (and whether each came from you, the sidecar JSON, the
weights or the defaults), parameters, GFLOP per image per network pass and classes.
</source>
        <extracomment>patchdiff info --help. Keep CKPT, NAME, --entry and file names as they are.</extracomment>
        <translation>用法：patchdiff info CKPT... [--entry NAME] [模型/扩散选项]
CKPT 是 .pt 文件或内置模型的名称（例如 emoji64_p4）。
显示解析后的选项（以及每个选项来自用户、附属 JSON 文件、权重还是默认值）、参数量、
每张图像每次网络前向的 GFLOP，以及类别。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>info needs a checkpoint: a .pt file or a bundled model name (%1)</source>
        <translation>info 需要一个检查点：.pt 文件或内置模型名称（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry:</source>
        <translation>条目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (available: %2; choose with --entry)</source>
        <translation>%1（可选：%2；用 --entry 选择）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 M)</source>
        <comment>parameter count, millions</comment>
        <translation>%1（%2 M）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GFLOP:</source>
        <translation>GFLOP：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per image per network pass (x2 with guidance)</source>
        <translation>每张图像每次网络前向 %1（使用引导时 x2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 px, patch size %2 -&gt; U-Net at %3 x %3 with %4 channels in</source>
        <extracomment>%1 image size in pixels, %2 the patch size P, %3 the U-Net&apos;s resolution (image size / P), %4 its input channels (3 P^2).</extracomment>
        <translation>%1 px，图像块大小 %2 -&gt; U-Net 为 %3 x %3，输入 %4 个通道</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 (null label for guidance: %2)</source>
        <translation>%1（引导用的空标签：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unconditional</source>
        <translation>无条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flags:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as a command line:</source>
        <translation>对应的命令行：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribution:</source>
        <translation>署名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>license:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="-111"/>
        <source>--model_path is required (one checkpoint, or several for --snr_splits)</source>
        <translation>必须指定 --model_path（一个检查点，或为 --snr_splits 指定多个）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--use_fp16 True applies on CUDA only and is ignored on the CPU</source>
        <translation>--use_fp16 True 仅适用于 CUDA，在 CPU 上会被忽略</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the model is unconditional, so --guidance_scale %1 has no effect (the original skips guidance for such models too)</source>
        <translation>该模型为无条件模型，因此 --guidance_scale %1 不起作用（原始实现对这类模型同样跳过引导）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--num_samples and --batch_size must be positive</source>
        <translation>--num_samples 和 --batch_size 必须为正数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--trajectory must be a positive step interval</source>
        <translation>--trajectory 必须是正的步数间隔</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>split over %1 processes (%2); rank 0 wrote the files</source>
        <extracomment>A sampling run split over processes: %1 processes, %2 the backend (gloo, nccl).</extracomment>
        <translation>分布在 %1 个进程上（%2）；第 0 号进程写出了文件</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/sampler_args.cpp" line="+29"/>
        <source>--%2 True and --sampler %1 disagree: give one of them</source>
        <extracomment>%1 the solver given with --sampler, %2 the original&apos;s DDIM flag name.</extracomment>
        <translation>--%2 True 与 --sampler %1 相互矛盾：只需给出其中一个</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--strength below 1 starts from an image: give it with --init_image</source>
        <translation>--strength 小于 1 时从图像开始：请用 --init_image 指定该图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mask marks the part of an --init_image to regenerate: give the image</source>
        <translation>--mask 标记 --init_image 中要重新生成的部分：请指定该图像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--repaint_jumps resamples an inpainting run: give a --mask</source>
        <translation>--repaint_jumps 用于对局部重绘运行进行重采样：请指定 --mask</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is %2x%3: resized to %4x%4 as training resizes images (box halving, bicubic, centre crop)</source>
        <translation>%1 为 %2x%3：已按训练时的方式缩放到 %4x%4（盒式滤波减半、双三次插值、居中裁剪）</translation>
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
        <translation>用法：patchdiff sample --model_path A.pt[,B.pt] [原始实现的 MODEL_FLAGS 和 SAMPLE_FLAGS]
                       [--seed N] [--class_labels 3,3,7|random] [--device cpu|cuda]
                       [--eta E] [--noise xT.npy] [--dynamic_threshold auto|on|off]
                       [--trajectory K] [--threads N] [--entry NAME]
                       [--sampler NAME] [--schedule NAME] [--order K]
                       [--init_image PATH|DIR [--strength S] [--mask PATH]
                        [--repaint_jumps N] [--repaint_jump_length J]]
                        [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
接受原始实现 README 中的采样命令行。写入 --save_dir（默认 .）：samples_NxHxWx3.npz
（与原始实现相同）、一张网格 PNG，以及每张图像一个 PNG，其 &apos;patchdiff&apos; 文本块记录了
重现该图像所需的全部信息。
  --model_path        检查点，以逗号分隔，SNR 最高的模型在前（分段）；
                      像 emoji64_p4 这样的纯名称表示内置模型
  --snr_splits        分段模型之间的 SNR 边界，例如 0.25
  --timestep_respacing  250、10,20,30 或 ddim50（默认：全部扩散步）
  --guidance_scale    无分类器引导（默认 1.5；1 = 关闭）
  --%1          True 表示使用 DDIM（配合 --eta，默认 0）
  --sampler           ddpm（默认）、ddim、euler、euler_ancestral、heun（每步 2 次
                      网络计算）、dpmpp_2m、dpmpp_2m_sde（--eta，默认 1）、unipc；
                      此时 --timestep_respacing N 表示 N 步
  --schedule          uniform（时间步重排字符串，默认）、karras、exponential、
                      trailing
  --order             unipc 的阶数（默认 3，使用引导时为 2）
  --num_samples, --batch_size, --clip_denoised, --use_fp16（仅 CUDA）
  --seed              第 i 张图像使用 (种子, i) 的噪声流（默认 0）
  --class_labels      各图像的标签，按需重复，或 random（默认）
  --noise             从 .npy [N, 3, H, W] 读取每张图像的 x_T
  --dynamic_threshold auto（仅在使用引导时开启，与原始实现相同）、on、off
  --trajectory K      另将每 K 步的 x0 预测保存到 trajectory.npz
  --init_image        从此图像（或文件夹中的每张图像）而非噪声开始；
                      --num_samples N 生成 N 个变体（默认：每张图像一个）；
                      其他尺寸的图像会按训练时的方式缩放
  --strength          图像加噪的程度，取值 (0, 1]（默认 1：从噪声开始；
                      0.5 保留构图，接近 0 则基本还原图像）
  --mask              局部重绘：白色部分重新生成，黑色部分精确保留图像的像素
                      （尺寸与图像相同）
  --repaint_jumps N   RePaint 的重采样：每 J 步回退 J 步再重新向下，
                      共 N 次（默认 0）；J：--repaint_jump_length
                      （默认 10）
多个进程（torchrun --no-python --nproc_per_node N patchdiff sample ...）分担图像：
第 r 号进程采样图像 r、r+N、...；第 0 号进程写出文件，与单个进程的结果相同
（docs/distributed.md）。
</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>--class_labels is empty</source>
        <translation>--class_labels 为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--class_labels given, but the model is unconditional</source>
        <translation>指定了 --class_labels，但该模型为无条件模型</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--noise %1 has shape %2, expected %3</source>
        <translation>--noise %1 的形状为 %2，应为 %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--repaint_jump_length %1 leaves no room for a jump in the %2 steps this run walks: no resampling happens (try a shorter length)</source>
        <extracomment>%1 the jump length, %2 the steps the run walks.</extracomment>
        <translation>--repaint_jump_length %1 在本次运行的 %2 步中没有跳跃的余地：不会进行重采样（请尝试更短的长度）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting from %1 input image(s) at strength %2: the run begins at step %3 of %4</source>
        <extracomment>%1 the number of input images, %2 the strength, %3 the first step run, %4 the step count.</extracomment>
        <translation>从 %1 张输入图像开始，强度 %2：运行从第 %3/%4 步开始</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>batch %1/%2</source>
        <translation>批次 %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>interrupted before the first batch finished: nothing to keep</source>
        <translation>在第一个批次完成前被中断：没有可保留的结果</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>saving to %1</source>
        <translation>正在保存到 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trajectory (every %1 steps) in %2</source>
        <translation>轨迹（每 %1 步）保存在 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sampled %1 images, %2 steps each, %3 ms per step (batch %4, %5), %6 s in all</source>
        <translation>已采样 %1 张图像，每张 %2 步，每步 %3 ms（批大小 %4，%5），共 %6 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>interrupted: kept the %1 images of the finished batches (of %2) in %3</source>
        <translation>已中断：已完成批次的 %1 张图像（共 %2 张）保留在 %3</translation>
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
        <translation>用法：patchdiff train --data_dir DIR [原始实现的 MODEL_FLAGS、DIFFUSION_FLAGS、TRAIN_FLAGS]
                      [--log_dir DIR] [--max_steps N] [--max_minutes M] [--device cpu|cuda]
                      [--precision fp32|fp16|bf16] [--class_dropout_prob P] [--seed N]
                      [--sample_every N] [--grad_clip G] [--num_workers N] [--threads N]
                       [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]
                      [--dry_run]
接受原始实现 README 中的训练命令行。图像：--data_dir 下的所有 .jpg/.jpeg/.png/.gif，
用 stb_image 解码，并按原始实现的方式缩放（盒式减半、双三次插值、中心裁剪；
--random_crop, --random_flip）。使用 --class_cond True 时，类别是文件名中第一个下划线
之前的部分：整数（原始实现的 3_cat.png）或单词（按排序编号；名称写入附属文件）。
写入 --log_dir（默认 $OPENAI_LOGDIR，否则 ./train-&lt;date&gt;）：每 --save_interval 步及结束时
写出 model{N}.pt、ema_{rate}_{N}.pt 和 opt{N}.pt，每个模型旁写一个 .json 附属文件
（这样 `patchdiff sample --model_path` 无需任何选项），以及 progress.csv。
--resume_checkpoint DIR/modelN.pt 精确续训（优化器、EMA、随机数状态、数据顺序）；文件名中
不含步数的文件（内置的初始模型，emoji64_p4.pt）只提供初始权重：第 0 步，EMA 取自这些
权重，全新的 AdamW。
原始实现之外的功能：
  --class_dropout_prob  以此比例将标签替换为空标签（默认 0.1），使模型可以带引导采样
  --max_steps N         在总步数 N 处停止；--max_minutes M：本次运行 M 分钟后停止
  --precision           fp32（CPU 或 CUDA）、fp16（CUDA：--use_fp16 的半精度主干，带动态
                        损失缩放）、bf16（CUDA autocast）
  --sample_every N      每 N 步生成 EMA 样本网格 samples_N.png（DDIM，带引导）
  --grad_clip G         裁剪梯度范数；--max_nonfinite K：出现 K 个无效步后停止
  --ema_dtype float16   以 float16 保存 EMA 文件（大小减半，同原始实现的 use_fp16）
  --dry_run             检查选项和数据文件夹，输出计划，不进行训练
多个进程（torchrun --no-python --nproc_per_node N patchdiff train ...、mpirun、srun）
以数据并行方式训练：每个进程读取自己那份文件，梯度取平均，批大小为 --batch_size x N；
第 0 号进程记录日志并写出检查点（docs/distributed.md）。
  --dist_init           进程如何会合：env://（MASTER_ADDR、MASTER_PORT；默认）、
                        file://PATH（所有进程都能看到的新文件）、tcp://HOST:PORT
  --dist_timeout S      集合通信最多等待 S 秒（默认 1800）以发现失联的进程
按 Ctrl+C 会在当前步结束后停止并保存一个检查点。
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--save_format safetensors writes model, EMA and optimizer files as .safetensors with the
sidecar inside (default pt: torch.save files, as the original); --resume_checkpoint reads both.
</source>
        <extracomment>patchdiff train --help, its last paragraph. Keep flag names, values and file names.</extracomment>
        <translation>--save_format safetensors 将模型、EMA 和优化器文件写为内含附属文件信息的 .safetensors
（默认 pt：与原始实现相同的 torch.save 文件）；--resume_checkpoint 两者都能读取。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>step %1  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/step  %8 img/s</source>
        <extracomment>One line of the training log. loss, mse, vb (variational bound), grad (gradient norm) and lr (learning rate) are the names in progress.csv: keep them.</extracomment>
        <translation>第 %1 步  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/步  %8 张/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  allreduce %1 s/step</source>
        <extracomment>Appended to a training log line when several processes train: the seconds per step the gradients&apos; allreduce took (part of the s/step before it). Keep &quot;allreduce&quot; as it is.</extracomment>
        <translation>  allreduce %1 s/步</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--data_dir is required (a folder of training images)</source>
        <translation>必须指定 --data_dir（训练图像所在文件夹）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data: %1 images in %2</source>
        <translation>数据：%2 中的 %1 张图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 classes</source>
        <translation>%1，%2 个类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training: lr %1, batch %2 (microbatch %3), ema %4, sampler %5, precision %6, device %7</source>
        <extracomment>The training plan of --dry_run: lr (learning rate), batch and microbatch sizes, the EMA rates, the timestep sampler (uniform, loss-second-moment), precision and device.</extracomment>
        <translation>训练：lr %1，批大小 %2（微批 %3），EMA %4，采样器 %5，精度 %6，设备 %7</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>logging to %1</source>
        <translation>日志写入 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data-parallel over %1 processes (%2), global batch %3</source>
        <extracomment>A data-parallel run: %1 processes, %2 the backend (gloo, nccl), %3 the global batch.</extracomment>
        <translation>在 %1 个进程上数据并行（%2），全局批大小 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 steps in %3 s (%4 images/s); checkpoints in %5</source>
        <extracomment>The end of training: %1 is why it stopped (the trainer&apos;s words, English), %2 the steps run.</extracomment>
        <translation>%1：%3 s 内完成 %2 步（%4 张/s）；检查点位于 %5</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/commands.cpp" line="+21"/>
        <source>show a checkpoint&apos;s resolved flags, parameters, GFLOP and classes</source>
        <translation>显示检查点解析后的选项、参数量、GFLOP 和类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run the network once on an .npy input</source>
        <translation>用 .npy 输入运行一次网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate images (drop-in for the original image_sample.py)</source>
        <translation>生成图像（可直接替代原始实现的 image_sample.py）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time the sampling loop for presets or checkpoints (ms/step, TFLOP/s, memory)</source>
        <translation>为预设或检查点的采样循环计时（ms/step、TFLOP/s、内存）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a device/precision against the original&apos;s reference outputs</source>
        <translation>用原始实现的参考输出检验某个设备/精度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample columns from identical noise: checkpoints or one setting side by side</source>
        <translation>从相同噪声采样多列：并排比较检查点或某一设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>build a training set (data emoji: the bundled models&apos; emoji images)</source>
        <translation>构建训练集（data emoji：内置模型的表情图像）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>convert a checkpoint between .pt and .safetensors (optionally its dtype)</source>
        <translation>在 .pt 与 .safetensors 之间转换检查点（可选转换其 dtype）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss of checkpoints on held-out images, on identical draws</source>
        <translation>检查点在留出图像上的训练损失（使用相同的随机抽取）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample quality: FD, KID, precision/recall, class accuracy (score train: its network)</source>
        <translation>样本质量：FD、KID、精确率/召回率、类别准确率（score train：其特征网络）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train a model on a folder of images (drop-in for the original image_train.py)</source>
        <translation>用图像文件夹训练模型（可直接替代原始实现的 image_train.py）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: patchdiff &lt;command&gt; [flags]</source>
        <translation>用法：patchdiff &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;patchdiff &lt;command&gt; --help&apos; lists a command&apos;s flags.</source>
        <translation>&apos;patchdiff &lt;命令&gt; --help&apos; 列出该命令的选项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>未知命令 &apos;%1&apos;（可用命令：%2）</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/main.cpp" line="+28"/>
        <source>bundled models: %1</source>
        <translation>内置模型：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found (set PATCHDIFF_MODELS_DIR)</source>
        <translation>未找到（请设置 PATCHDIFF_MODELS_DIR）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License: %1, with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, GPL-3.0-or-later; keep it as it is.</extracomment>
        <translation>许可证：%1，不提供任何担保。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party libraries:</source>
        <translation>第三方库：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>patchdiff %1: cancelled</source>
        <translation>patchdiff %1：已取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>patchdiff %1: error: %2</source>
        <extracomment>The frame around an error message: %1 is the command (sample, train, ...), %2 the message itself (translated where it has a translation).</extracomment>
        <translation>patchdiff %1：错误：%2</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/progress_bar.cpp" line="+32"/>
        <source>%1 d %2</source>
        <extracomment>A duration of a day or more: %1 is the number of days, %2 hours:minutes:seconds.</extracomment>
        <translation>%1 天 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ETA</source>
        <extracomment>Estimated time left in a progress line, followed by hours:minutes:seconds.</extracomment>
        <translation>剩余</translation>
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
        <translation>用法：patchdiff evaluate --model_path A.pt[,B.pt...] --data_dir DIR [--samples_per_image K]
                         [--seed S] [--batch_size B] [--device cpu|cuda] [--json FILE]
                         [--threads N] [--entry NAME] [模型/扩散选项]
计算每个检查点在 DIR 中每张图像上的训练损失（与训练时相同：加权的 x0 MSE 加上学习 sigma
的变分下界，使用模型的 --weight_schedule；中心裁剪、不翻转、使用真实类别标签：不做标签
丢弃），每张图像 K 次，t 在扩散步上均匀分布，高斯噪声来自仅由 (种子, 图像, 抽取) 确定的
生成器：每个检查点、批大小和设备看到的都是相同的 (x0, t, 噪声) 三元组。输出每一项的均值
及其在各次抽取上的均值标准误差，包括整体和按 t 的四分位（q0：t &lt; T/4 ... q3：噪声最多），
并从第二个检查点起输出它与第一个检查点的配对差（相同的抽取，因此误差远小于任一均值的
误差）。请在模型未训练过的图像上使用。
  --model_path         检查点，以逗号分隔（.pt 文件或内置模型名称）
  --data_dir           图像（DIR 下的 .jpg/.jpeg/.png/.gif；类别按 `patchdiff train` 的方式
                       从文件名读取）
  --samples_per_image  每张图像抽取 (t, 噪声) 的次数（默认 4）
  --seed               抽取的种子（默认 0）
  --batch_size         每次网络前向的图像数（默认 32；除舍入误差外不改变结果）
  --device             cpu（默认）或 cuda；两者都使用 fp32
  --json FILE          同时以 JSON 写出结果（及配对差）
</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>paired difference to %1 (same draws; negative: lower loss than it)</source>
        <translation>与 %1 的配对差（相同的抽取；负值：损失低于它）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--model_path is required: one or more checkpoints, comma separated</source>
        <translation>必须指定 --model_path：一个或多个以逗号分隔的检查点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--data_dir is required: a folder of images the models were not trained on</source>
        <translation>必须指定 --data_dir：模型未训练过的图像所在文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--samples_per_image must be at least 1</source>
        <translation>--samples_per_image 至少为 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--batch_size must be at least 1</source>
        <translation>--batch_size 至少为 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>images</source>
        <comment>progress unit</comment>
        <translation>张</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training loss on %1: %2 images x %3 draws (seed %4), t uniform over %5 steps, true labels</source>
        <extracomment>%1 the folder, %2 images, %3 draws of (t, noise) per image, %4 their seed, %5 the diffusion&apos;s steps.</extracomment>
        <translation>%1 上的训练损失：%2 张图像 x %3 次抽取（种子 %4），t 在 %5 步上均匀分布，真实标签</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 undecodable files left out)</source>
        <translation>（已排除 %1 个无法解码的文件）</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/sample_plan.cpp" line="+19"/>
        <source>sampling %1 images in %2 batches of up to %3, %4 %5 steps each, on %6, into %7</source>
        <extracomment>Said before sampling starts. %1 images, %2 batches, %3 images per batch, %4 steps per image, %5 the solver (ddpm, ddim, unipc, ...), %6 the device (cpu, cuda:0), %7 the output folder.</extracomment>
        <translation>采样 %1 张图像，分 %2 个批次（每批最多 %3 张），每张 %4 步 %5，设备 %6，输出到 %7</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>these are the original&apos;s defaults (--num_samples 10000, all %1 diffusion steps); for a quick look try --num_samples 16 --timestep_respacing 50</source>
        <translation>这些是原版的默认值（--num_samples 10000，全部 %1 个扩散步）；想快速查看可用 --num_samples 16 --timestep_respacing 50</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>estimated time: about %1 (%2 s per step); Ctrl+C stops and keeps the finished batches</source>
        <extracomment>%1 a duration (h:mm:ss, or days and h:mm:ss), %2 seconds per step of one batch.</extracomment>
        <translation>预计时间：约 %1（每步 %2 s）；按 Ctrl+C 停止并保留已完成的批次</translation>
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
        <translation>用法：patchdiff convert IN OUT [--dtype float16|bfloat16|float32] [--ema RATE]
                         [--entry NAME]
按 OUT 的扩展名，在 .pt（torch.save，原始实现的布局）与 .safetensors 之间转换检查点。
.safetensors 文件在其 __metadata__ 中携带附属文件的选项、类别名称和来源；.pt 会得到一个
.json 附属文件。除非 --dtype 转换浮点张量，张量按位原样复制。
--ema RATE：对训练得到的 modelN，转换其旁边的 ema_RATE_N。
--entry NAME：从包含多个 state_dict 的文件中选取的那一个。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>convert needs two files: patchdiff convert IN OUT</source>
        <translation>convert 需要两个文件：patchdiff convert IN OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote %1 (%2 tensors from %3)</source>
        <extracomment>After patchdiff convert: %1 the file written, %2 how many tensors, %3 the file read.</extracomment>
        <translation>已写出 %1（%2 个张量，来自 %3）</translation>
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
        <translation>用法：patchdiff score --images DIR|FILE.npz [--labels L] [--json FILE] [选项]
      patchdiff score train --data_dir DIR --out NET.pt [--epochs E] [--seed S] [--threads N]
衡量一组图像与某个数据集的接近程度：图像特征与数据集训练部分特征之间的 Fréchet 距离
（FD）和 KID、精确率和召回率（Kynkäänniemi et al. 2019，k = 3）以及类别准确率（分类器
将图像归入其所要求类别的比例），每项都与其下限并列：即数据集中留出的真实图像（数量相同，
只抽取一次）上的相同指标，一般认为任何生成器都无法超越。
特征取自内置 emoji 分类器（resources/score/emoji64_features.pt）或任意 TorchScript 网络
（--feature_net）的倒数第二层。
  --images DIR|FILE   `patchdiff sample` 写出的 PNG 文件夹（类别取自每个 PNG 的元数据或
                      &lt;class&gt;_ 文件名前缀；跳过 *_grid.png），或原始实现的
                      samples_NxHxWx3.npz（类别在 arr_1 中）
  --labels L          所要求的类别，以逗号分隔（在各图像上循环重复）；
                      覆盖随图像找到的类别
  --class_accuracy    auto（默认：图像带有类别时）| on（没有类别时报错）| off
  --data_dir DIR      数据集（`patchdiff data emoji DIR` 写出的 DIR/train、DIR/heldout）；
                      每个网络只需一次：其参考特征随后会缓存在网络旁边（或
                      ~/.cache/patchdiff 中），供以后运行使用
  --feature_net FILE  TorchScript 特征网络（forward：图像 -&gt; [N, D] 特征；可选
                      classify(features) -&gt; logits；属性 input_size、input_min、
                      input_max），例如导出的 InceptionV3（docs/quality.md）
  --feature_input_size S, --feature_input_range LO,HI   模块未说明时使用
  --kid_subsets 100, --kid_subset_size 1000, --seed 0（选取哪些子集）
  --json FILE         同时以 JSON 写出 fd、kid、kid_std、precision、recall、
                      class_accuracy、num_images 和 floor{相同的键}
  --feature_batch_size 100, --threads N
  --model_path A.pt --num_samples N [--repeats R] [采样选项]：采样 N 张图像（类别均衡：
                      第 i 张图像要求类别 i mod C，或重复使用 --class_labels），使用
                      `patchdiff sample` 的任务和噪声（--timestep_respacing、--sampler、
                      --schedule、--order、--eta、--guidance_scale、--dynamic_threshold、
                      --batch_size、--seed、--device、原始实现的采样和模型选项）并对其
                      评分；R &gt; 1 时，种子为 seed、seed+1、... 的各种子组给出均值和标准差
score train：在 DIR/train 上训练特征分类器（类别取自 &lt;class&gt;_ 文件名前缀，类别名称取自
DIR/classes.json（若存在）），并在每轮之后报告其在 DIR/heldout 上的准确率；
--epochs 10、--batch_size 64、--lr 0.002、--seed 0、--threads N。
结果是任何 LibTorch 或 PyTorch 都能加载的 TorchScript 文件（torch.jit.load）。
</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/score_args.cpp" line="+46"/>
        <source>the bundled feature network %1 was not found (set PATCHDIFF_SCORE_DIR, or give --feature_net FILE)</source>
        <extracomment>%1 the bundled network&apos;s file name (emoji64_features.pt).</extracomment>
        <translation>找不到内置特征网络 %1（请设置 PATCHDIFF_SCORE_DIR，或指定 --feature_net FILE）</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+54"/>
        <location line="+198"/>
        <location line="+107"/>
        <source>images</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the column of the scored images.</extracomment>
        <translation>图像</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>metric</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the metric names (FD, KID, precision, ...).</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="-142"/>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+3"/>
        <source>floor (held-out real)</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the floor: the same numbers for the data set&apos;s held-out real images.</extracomment>
        <translation>下限（留出的真实图像）</translation>
    </message>
    <message>
        <location filename="../app/patchdiff/cmd_score.cpp" line="+6"/>
        <source>precision</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: precision as in precision and recall (Kynkäänniemi et al.).</extracomment>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recall</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: recall as in precision and recall (Kynkäänniemi et al.).</extracomment>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class accuracy</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: the share of images the classifier puts in their requested class.</extracomment>
        <translation>类别准确率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>images</source>
        <comment>score table row</comment>
        <extracomment>A row of the score table: the number of images scored.</extracomment>
        <translation>图像数</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>score train needs --data_dir DIR (with DIR/train and DIR/heldout) and --out NET.pt</source>
        <translation>score train 需要 --data_dir DIR（包含 DIR/train 和 DIR/heldout）和 --out NET.pt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1/train&apos; has images without a class: name them &lt;class&gt;_&lt;anything&gt;.png</source>
        <extracomment>%1 the data set&apos;s folder (--data_dir).</extracomment>
        <translation>&apos;%1/train&apos; 中有不带类别的图像：请将其命名为 &lt;class&gt;_&lt;anything&gt;.png</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training the feature classifier on %1 images (%2 classes), %3 held out, %4 epochs, seed %5</source>
        <extracomment>%1 training images, %2 classes, %3 held-out images, %4 epochs, %5 the seed.</extracomment>
        <translation>正在用 %1 张图像（%2 个类别）训练特征分类器，留出 %3 张，%4 轮，种子 %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>train</source>
        <comment>progress label</comment>
        <extracomment>Progress label while `patchdiff score train` trains the feature classifier.</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>epoch %1: loss %2, held-out accuracy %3</source>
        <extracomment>After each epoch of `score train`: %1 the epoch, %2 its mean training loss, %3 the classifier&apos;s accuracy on the held-out images.</extracomment>
        <translation>第 %1 轮：损失 %2，留出图像上的准确率 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>held-out accuracy per class:</source>
        <extracomment>Followed by each class&apos;s name and its accuracy on the held-out images.</extracomment>
        <translation>各类别在留出图像上的准确率：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote %1 (held-out accuracy %2)</source>
        <extracomment>%1 the classifier&apos;s file, %2 its accuracy on the held-out images after the last epoch.</extracomment>
        <translation>已写出 %1（留出图像上的准确率 %2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give --num_samples N with --model_path (the images per seed set; 500 or more for a stable FD)</source>
        <translation>使用 --model_path 时请指定 --num_samples N（每个种子组的图像数；要得到稳定的 FD 需 500 张或以上）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--num_samples must be at least 2, --batch_size and --repeats at least 1</source>
        <translation>--num_samples 至少为 2，--batch_size 和 --repeats 至少为 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model makes %1x%1 images but the reference data are %2x%2</source>
        <extracomment>%1 the side of the model&apos;s (square) images, %2 that of the data set&apos;s images.</extracomment>
        <translation>模型生成 %1x%1 的图像，但参考数据为 %2x%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seed %1</source>
        <extracomment>Progress label while sampling the images of one seed set: %1 the seed.</extracomment>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 images x %2 seed sets of %3 (%4, %5 steps, guidance %6) against %7 train images</source>
        <extracomment>Above the score table: %1 images per seed set, %2 seed sets, %3 the checkpoint(s), %4 the sampler, %5 its steps, %6 the guidance scale, %7 the images of the data set&apos;s train split.</extracomment>
        <translation>%3 的 %1 张图像 x %2 个种子组（%4，%5 步，引导 %6），对比 %7 张训练图像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean over seeds</source>
        <comment>score table column</comment>
        <extracomment>The score table&apos;s heading over the column of the scored images, with several seed sets: the mean of their numbers.</extracomment>
        <translation>各种子均值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FD spread</source>
        <comment>score table row</comment>
        <extracomment>A row below the score table: FD (the Fréchet distance, a name: keep it) and its spread over the seed sets.</extracomment>
        <translation>FD 离散度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(standard deviation over %1 seed sets; KID&apos;s +- above is over subsets)</source>
        <extracomment>After the FD spread row: %1 the number of seed sets. The +- is the KID row&apos;s.</extracomment>
        <translation>（%1 个种子组的标准差；上方 KID 的 +- 是在子集上计算的）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>give either --images DIR|FILE.npz or --model_path A.pt --num_samples N (see patchdiff score --help)</source>
        <translation>请指定 --images DIR|FILE.npz 或 --model_path A.pt --num_samples N 之一（参见 patchdiff score --help）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--class_accuracy must be auto, on or off, got &apos;%1&apos;</source>
        <translation>--class_accuracy 必须为 auto、on 或 off，收到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; does not say the requested class of every image (an .npz needs arr_1, PNGs a label in their metadata or a &lt;class&gt;_ name prefix): class accuracy needs them; give --labels or --class_accuracy off</source>
        <extracomment>%1 the images given with --images (a folder or an .npz file).</extracomment>
        <translation>&apos;%1&apos; 未给出每张图像所要求的类别（.npz 需要 arr_1，PNG 需要元数据中的标签或 &lt;class&gt;_ 文件名前缀）：计算类别准确率需要这些信息；请指定 --labels 或 --class_accuracy off</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>class accuracy needs a feature network with a classify method; &apos;%1&apos; has none</source>
        <extracomment>%1 the feature network&apos;s file.</extracomment>
        <translation>计算类别准确率需要带有 classify 方法的特征网络；&apos;%1&apos; 没有该方法</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the images&apos; classes reach %1 but the feature network knows %2 classes</source>
        <extracomment>%1 the highest class index of the images, %2 the number of classes the network tells apart.</extracomment>
        <translation>图像的类别索引达到 %1，但特征网络只认识 %2 个类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 images of %2 against %3 train images (feature network %4)</source>
        <extracomment>Above the score table: %1 images scored, %2 where they came from (--images), %3 the images of the data set&apos;s train split, %4 the feature network&apos;s file name.</extracomment>
        <translation>%2 中的 %1 张图像，对比 %3 张训练图像（特征网络 %4）</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::BranchDialog</name>
    <message>
        <location filename="../ui/inspect/branch_dialog.cpp" line="+22"/>
        <source>Continue from Step %1</source>
        <translation>从第 %1 步继续</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Seed of the remaining steps&apos; noise (the parent&apos;s seed continues it unchanged)</source>
        <translation>剩余步骤噪声的种子（使用父运行的种子则原样延续）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the parent run</source>
        <translation>与父运行相同</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Guidance scale:</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off (translations/GLOSSARY.md).</extracomment>
        <translation>引导强度(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sampler:</source>
        <translation>采样器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eta:</source>
        <translation>Eta(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed of the remaining noise:</source>
        <extracomment>Seed: the number a run&apos;s random noise is drawn from (translations/GLOSSARY.md).</extracomment>
        <translation>剩余噪声的种子(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Checkpoint:</source>
        <extracomment>Checkpoint: a .pt file with a model&apos;s trained weights (translations/GLOSSARY.md).</extracomment>
        <translation>检查点(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::CompareColumnView</name>
    <message>
        <location filename="../ui/compare/compare_column_view.cpp" line="+61"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::CompareWindow</name>
    <message>
        <location filename="../ui/compare/compare_window.cpp" line="+52"/>
        <source>Checkpoints</source>
        <extracomment>Checkpoint: a .pt file with a model&apos;s trained weights (translations/GLOSSARY.md).</extracomment>
        <translation>检查点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guidance scale</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off.</extracomment>
        <translation>引导强度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps (respacing)</source>
        <extracomment>Respacing: sampling with fewer, evenly spread timesteps of the diffusion (--timestep_respacing).</extracomment>
        <translation>步数（时间步重排）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <extracomment>Schedule: which noise levels a run&apos;s steps visit (uniform, karras, exponential, trailing).</extracomment>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eta (DDIM)</source>
        <translation>Eta（DDIM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength (input image)</source>
        <extracomment>Strength: how far into the noise an input image goes (image-to-image; the Input dock&apos;s image).</extracomment>
        <translation>强度（输入图像）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 GFLOP/pass x%2</source>
        <extracomment>GFLOP per image per network pass; &quot;x%2&quot;: two passes per step when guiding.</extracomment>
        <translation>%1 GFLOP/前向 x%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GFLOP/pass</source>
        <translation>%1 GFLOP/前向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed-up x%1</source>
        <extracomment>Time of the first column divided by this one&apos;s, per image.</extracomment>
        <translation>加速比 x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RMS to first %1</source>
        <extracomment>Root mean square difference of this column&apos;s images to the first column&apos;s, in [-1, 1] units.</extracomment>
        <translation>与第一列的 RMS %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FD %1 · class accuracy %2 (%3 images)</source>
        <extracomment>A scored column: %1 its Fréchet distance (FD, keep the abbreviation), %2 the share of its images the classifier puts in the requested class, %3 how many images were scored.</extracomment>
        <translation>FD %1 · 类别准确率 %2（%3 张图像）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FD %1 (%2 images)</source>
        <translation>FD %1（%2 张图像）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare — Patch Diffusion Studio</source>
        <translation>比较 — Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check 2 to 4 checkpoints of one image size</source>
        <translation>勾选 2 到 4 个图像尺寸相同的检查点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 6 comma-separated values of the varied setting</source>
        <translation>所变化设置的 2 到 6 个值，以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values, e.g. 1,1.5,3</source>
        <translation>取值，例如 1,1.5,3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align by step</source>
        <translation>按步对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align by SNR</source>
        <translation>按 SNR 对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Comparison</source>
        <translation>运行比较(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Sheet…</source>
        <translation>导出对比图(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score Columns</source>
        <translation>为各列评分(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the comparison, then make this many more images per column and measure them against the data set: Fréchet distance and class accuracy (see patchdiff score)</source>
        <translation>先运行比较，再为每列额外生成这么多张图像，并以数据集为基准进行衡量：Fréchet 距离和类别准确率（参见 patchdiff score）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> images per column</source>
        <extracomment>Suffix of the number of images each column is scored on (&quot;100 images per column&quot;).</extracomment>
        <translation> 张/列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images scored per column</source>
        <translation>每列评分的图像数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 or more for a stable Fréchet distance; 100 shows the order of large differences</source>
        <translation>要得到稳定的 Fréchet 距离需 500 张或以上；差异较大时，100 张即可看出排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data Folder…</source>
        <translation>数据文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns differ in:</source>
        <translation>各列的区别：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compare step</source>
        <translation>比较步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step:</source>
        <translation>步：</translation>
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
        <translation>参数量</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>GFLOP / pass</source>
        <translation>GFLOP / 前向</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>ms / step (median)</source>
        <translation>ms / 步（中位数）</translation>
    </message>
    <message>
        <location line="-405"/>
        <location line="+406"/>
        <source>Total s</source>
        <translation>总计 s</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+406"/>
        <source>Speed-up</source>
        <translation>加速比</translation>
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
        <translation>与第一列的 RMS</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Data Folder for Scoring (with train/ and heldout/)</source>
        <translation>用于评分的数据文件夹（包含 train/ 和 heldout/）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Comparison Sheet</source>
        <translation>导出对比图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>scoring column %1 of %2 · %3 of %4 images</source>
        <extracomment>Progress while a column&apos;s scored images are made: %1 the column, %2 of how many, %3 images finished, %4 of how many.</extracomment>
        <translation>正在评分第 %1/%2 列 · %3/%4 张图像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 of %2 · step %3 of %4</source>
        <translation>第 %1/%2 列 · 第 %3/%4 步</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (P=%2)</source>
        <translation>%1（P=%2）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>from the input image at strength %1</source>
        <translation>从输入图像开始（强度 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the input image</source>
        <translation>从输入图像开始</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The data set scores are measured against (with train/ and heldout/): needed once, until its features are cached</source>
        <translation>评分所依据的数据集（包含 train/ 和 heldout/）：只需一次，直到其特征被缓存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores are measured against %1</source>
        <translation>评分以 %1 为基准</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check 2 to 4 checkpoints to compare (%1 checked).</source>
        <translation>请勾选 2 到 4 个要比较的检查点（已勾选 %1 个）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load a model first: a setting is compared on the loaded checkpoint.</source>
        <translation>请先加载模型：设置的比较在已加载的检查点上进行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give 2 to 6 comma-separated values (%1 given).</source>
        <translation>请给出 2 到 6 个以逗号分隔的值（已给出 %1 个）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strength is compared on an input image: open one in the Input dock (or use a tile as input).</source>
        <translation>强度需要在输入图像上比较：请在输入图像面板中打开一张图像（或将网格中的图像用作输入）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring measures images made from noise: clear the Input dock&apos;s image to score the columns.</source>
        <translation>评分衡量的是从噪声生成的图像：要为各列评分，请清除输入图像面板中的图像。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="-395"/>
        <location line="+455"/>
        <source>P=%1  %2 ms/step</source>
        <translation>P=%1  %2 ms/步</translation>
    </message>
    <message>
        <location line="-451"/>
        <location line="+452"/>
        <source>total %1 s</source>
        <translation>总计 %1 s</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guidance %1</source>
        <translation>引导 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared (from the Sampling panel): %1</source>
        <extracomment>%1 the settings every column shares, joined by &quot; · &quot;.</extracomment>
        <translation>共享（来自采样面板）：%1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>column %1 of %2</source>
        <translation>第 %1/%2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running · step %1 of %2</source>
        <translation>运行中 · 第 %1/%2 步</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>step %1 / %2 · ln SNR %3</source>
        <translation>第 %1 / %2 步 · ln SNR %3</translation>
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
        <translation>类别准确率</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Floor (as many held-out real images): FD %1</source>
        <translation>下限（相同数量的留出真实图像）：FD %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Measured time vs compute per step</source>
        <translation>每步实测时间与计算量</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ms / step (measured, median)</source>
        <translation>ms / 步（实测，中位数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>GFLOP / step</source>
        <translation>GFLOP / 步</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>ms / step</source>
        <translation>ms / 步</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quality vs compute</source>
        <extracomment>Title of the chart of each scored column&apos;s Fréchet distance against its compute per finished image.</extracomment>
        <translation>质量与计算量</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GFLOP per finished image</source>
        <translation>每张完成图像的 GFLOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fréchet distance (lower is better)</source>
        <translation>Fréchet 距离（越低越好）</translation>
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
        <translation>下限：留出的真实图像（FD %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run a comparison first.</source>
        <translation>请先运行比较。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the comparison sheet: %1</source>
        <translation>无法写出对比图：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::FilmstripView</name>
    <message>
        <location filename="../ui/inspect/filmstrip_view.cpp" line="+18"/>
        <source>Filmstrip</source>
        <translation>胶片条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every k-th step of the focused image; click to show that step</source>
        <translation>所选图像每隔 k 步的画面；单击可显示该步</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The filmstrip of the focused image appears here during a run</source>
        <translation>运行期间，所选图像的胶片条显示在这里</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::FlagsView</name>
    <message>
        <location filename="../ui/models/flags_view.cpp" line="+23"/>
        <source>user</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the user&apos;s entry.</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sidecar</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the checkpoint&apos;s .json sidecar file.</extracomment>
        <translation>附属文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: read from the weights&apos; tensor shapes.</extracomment>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <comment>flag source</comment>
        <extracomment>Where a flag&apos;s value came from: the original&apos;s default.</extracomment>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flag</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved flags</source>
        <translation>解析后的选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste MODEL_FLAGS, e.g. --image_size 64 --patch_size 4</source>
        <translation>粘贴 MODEL_FLAGS，例如 --image_size 64 --patch_size 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply flags</source>
        <translation>应用选项</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Editable: the weights do not decide %1</source>
        <translation>可编辑：%1 不由权重决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the weights</source>
        <translation>从权重读取</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>user (pending)</source>
        <translation>用户（待应用）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot apply the flags: %1</source>
        <extracomment>%1: what is wrong with a pasted MODEL_FLAGS string (English, from the core), e.g. &quot;unknown flag --num_head; did you mean --num_heads?&quot;.</extracomment>
        <translation>无法应用选项：%1</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::InputPanel</name>
    <message>
        <location filename="../ui/input/input_panel.cpp" line="+39"/>
        <source>Open Image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start runs from noise again</source>
        <translation>让运行重新从噪声开始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How far into the noise the image goes before the model takes over: near 0 keeps it, 0.5 keeps its layout, 1 starts from noise</source>
        <translation>图像在模型接手之前加噪的程度：接近 0 时基本保持原样，0.5 保留构图，1 则从噪声开始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush radius in image pixels</source>
        <translation>画笔半径（以图像像素为单位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint with the left button to keep (the right button always erases)</source>
        <translation>用左键涂抹要保留的部分（右键始终擦除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <extracomment>Clears the inpainting mask (the row is labelled &quot;Mask&quot;).</extracomment>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invert</source>
        <extracomment>Inverts the inpainting mask (the row is labelled &quot;Mask&quot;).</extracomment>
        <translation>反转</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RePaint&apos;s resampling: at every 10th step go back 10 steps and come down again, this many times (harmonises the border, costs steps)</source>
        <translation>RePaint 的重采样：每 10 步回退 10 步再重新向下，重复此次数（使边界更协调，但会增加步数）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask brush</source>
        <translation>蒙版画笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask</source>
        <translation>蒙版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resample jumps</source>
        <translation>重采样跳跃次数</translation>
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
        <translation>运行从噪声开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpainting: the magenta part is regenerated at strength %1; the rest keeps the image&apos;s pixels exactly.</source>
        <translation>局部重绘：品红色部分以强度 %1 重新生成；其余部分精确保留图像的像素。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image-to-image at strength %1: every image of the batch is a variation (its own seed). Paint a mask to regenerate one part only.</source>
        <translation>图生图，强度 %1：批次中的每张图像都是一个变体（各有自己的种子）。绘制蒙版即可只重新生成一部分。</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::Inspector</name>
    <message>
        <location filename="../ui/inspect/inspector.cpp" line="+63"/>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Inspect</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Play / Pause Trajectory</source>
        <translation>播放 / 暂停轨迹(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Forward</source>
        <translation>前进一步(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from This Step…</source>
        <translation>从此步继续(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;Filmstrip…</source>
        <translation>导出胶片条(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Animation of Image…</source>
        <translation>导出图像动画(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Animation of &amp;Grid…</source>
        <translation>导出网格动画(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;lots and CSV…</source>
        <translation>导出图表和 CSV(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trajectory &amp;Memory Budget…</source>
        <translation>轨迹内存预算(&amp;M)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run %1 dropped its trajectory to keep the session within the %2 memory budget.</source>
        <translation>为使会话保持在 %2 的内存预算内，运行 %1 丢弃了其轨迹。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>t=%1 · ln SNR %2 · %3</source>
        <translation>t=%1 · ln SNR %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · showing step %1</source>
        <translation> · 显示第 %1 步</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no recorded trajectory to continue from.</source>
        <translation>没有可供继续的已记录轨迹。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The checkpoint %1 is not in the catalog.</source>
        <translation>检查点 %1 不在目录中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The branch runs with %1, so the Models dock now holds it; choose another model there to go back.</source>
        <translation>该分支使用 %1 运行，因此模型面板现在载入了它；在那里选择其他模型即可切换回去。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continues exactly from the recorded float x_t of step %1.</source>
        <translation>从第 %1 步已记录的浮点 x_t 精确继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the 8-bit x_t of step %1 was kept (memory budget): the continuation is approximate.</source>
        <translation>第 %1 步只保留了 8 位 x_t（内存预算）：继续运行的结果是近似的。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1&apos;s trajectory was dropped for the memory budget: its images, plots and settings remain.</source>
        <translation>因内存预算，运行 %1 的轨迹已被丢弃：其图像、图表和设置仍然保留。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>There is no run on view.</source>
        <translation>当前没有显示任何运行。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not export the filmstrip: %1</source>
        <translation>无法导出胶片条：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export the animation: %1</source>
        <translation>无法导出动画：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 (%2 frames)</source>
        <translation>已写出 %1（%2 帧）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not export the plots: %1</source>
        <translation>无法导出图表：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 files to %2</source>
        <translation>已向 %2 写出 %1 个文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Filmstrip</source>
        <translation>导出胶片条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Plots and CSV to Folder</source>
        <translation>将图表和 CSV 导出到文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trajectory Memory Budget</source>
        <translation>轨迹内存预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory for recorded trajectories of all runs (MiB):</source>
        <translation>所有运行的已记录轨迹可用内存（MiB）：</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/window/language_menu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system language</source>
        <translation>系统语言</translation>
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
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Image…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;All…</source>
        <translation>全部导出(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/window/main_window_outputs.cpp" line="+68"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Patch Diffusion Studio</source>
        <translation>关于 Patch Diffusion Studio(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>x0 &amp;Prediction</source>
        <extracomment>x0 prediction: the network&apos;s estimate of the clean image x_0 at the current step; keep &quot;x0&quot; (translations/GLOSSARY.md).</extracomment>
        <translation>x0 预测(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noisy &amp;x_t</source>
        <extracomment>x_t: the noisy image at step t that the sampler denoises; keep the symbol &quot;x_t&quot;.</extracomment>
        <translation>含噪 x_t(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Both Side by Side</source>
        <translation>两者并排(&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Image…</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of File &gt; Export Image; may be shorter than the menu text.</extracomment>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Image</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of Edit &gt; Copy Image; may be shorter than the menu text.</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both Side by Side</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of View &gt; Both Side by Side; may be shorter than the menu text.</extracomment>
        <translation>并排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to Window</source>
        <comment>toolbar</comment>
        <extracomment>Toolbar label of View &gt; Fit to Window; may be shorter than the menu text.</extracomment>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patch Diffusion Studio will use %1 from its next start.</source>
        <translation>Patch Diffusion Studio 将在下次启动时使用 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <extracomment>The name of the main window&apos;s toolbar (shown where toolbars can be hidden).</extracomment>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>%1 loads when the current run ends.</source>
        <extracomment>%1 a checkpoint&apos;s file name.</extracomment>
        <translation>%1 将在当前运行结束后加载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The user guide is not installed here (share/doc/patchdiff/user-guide.md beside the program).</source>
        <translation>此处未安装用户指南（程序旁的 share/doc/patchdiff/user-guide.md）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program here opens %1: open it with a text editor or a Markdown viewer.</source>
        <translation>此处没有能打开 %1 的程序：请用文本编辑器或 Markdown 查看器打开。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Patch Diffusion Studio</source>
        <translation>关于 Patch Diffusion Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Patch Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Sample and inspect patch diffusion models; the patchdiff command line also trains them.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · LibTorch %4&lt;/p&gt;&lt;p&gt;Bundled models:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Patch Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;对图像块扩散模型进行采样和检查；训练请使用 patchdiff 命令行。&lt;/p&gt;&lt;p&gt;Qt %2（构建时为 %3）· LibTorch %4&lt;/p&gt;&lt;p&gt;内置模型：&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;none found&lt;/li&gt;</source>
        <translation>&lt;li&gt;未找到&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_files.cpp" line="+65"/>
        <source>No bundled models were found: open a checkpoint (Ctrl+O) or set PATCHDIFF_MODELS_DIR.</source>
        <translation>未找到内置模型：请打开一个检查点（Ctrl+O）或设置 PATCHDIFF_MODELS_DIR。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no run description: it is now the input image (Input Image dock)</source>
        <translation>%1 没有运行记录：它现在是输入图像（输入图像面板）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot restore from %1: %2</source>
        <translation>无法从 %1 还原：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was made with %2, which is not on this machine: open that checkpoint first, then the PNG.</source>
        <translation>%1 由 %2 生成，但本机上没有该文件：请先打开该检查点，再打开 PNG。</translation>
    </message>
    <message>
        <location filename="../ui/export/run_autosave.cpp" line="-52"/>
        <location filename="../ui/window/main_window_files.cpp" line="+38"/>
        <source>seed %1 #%2</source>
        <extracomment>Caption under a sample: %1 the seed, %2 the image&apos;s index in the run.</extracomment>
        <translation>种子 %1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_files.cpp" line="-9"/>
        <source>restored from %1</source>
        <extracomment>Where the input image came from: %1 the PNG it was restored from.</extracomment>
        <translation>从 %1 还原</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 cannot be regenerated exactly: it started from injected noise, which its file does not hold. Its settings are restored.</source>
        <translation>%1 无法精确重新生成：它从注入的噪声开始，而文件中不含该噪声。其设置已恢复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 continued another run from step %2 with other settings; its file holds that run&apos;s recipe and the x_t of step %2, so it regenerates exactly.</source>
        <translation>%1 以其他设置从第 %2 步继续了另一次运行；其文件包含该运行的配方和第 %2 步的 x_t，因此可以精确重新生成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 continued another run from the 8-bit x_t of step %2 (an approximate continuation); its file holds that x_t, so it regenerates exactly as it was made.</source>
        <translation>%1 从第 %2 步的 8 位 x_t 继续了另一次运行（近似继续）；其文件包含该 x_t，因此可以按原样精确重新生成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the settings of %1 (seed %2, image #%3).</source>
        <translation>已还原 %1 的设置（种子 %2，图像 #%3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate?</source>
        <translation>重新生成？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All settings of %1 are restored. Regenerate the image now?</source>
        <translation>%1 的所有设置均已还原。现在重新生成图像吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 are restored, but a new image from them will differ. Generate it anyway?</source>
        <translation>%1 的设置已恢复，但据此生成的新图像会有所不同。仍要生成吗？</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Nothing to export: finish a run first.</source>
        <translation>没有可导出的内容：请先完成一次运行。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+35"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 already holds %n file(s) of these names (%2). Replace them?</source>
        <translation>
            <numerusform>%1 中已有 %n 个同名文件（%2）。要替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1 files in %2</source>
        <translation>已在 %2 中保存 %1 个文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied image %1</source>
        <translation>已复制图像 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied the grid</source>
        <translation>已复制网格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Checkpoint or Sample</source>
        <translation>打开检查点或样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints and samples (*.pt *.safetensors *.png);;Checkpoints (*.pt *.safetensors);;Samples (*.png);;Input images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>检查点和样本 (*.pt *.safetensors *.png);;检查点 (*.pt *.safetensors);;样本 (*.png);;输入图像 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export All Into Folder</source>
        <translation>全部导出到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_run.cpp" line="+34"/>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint differs from the one that made this image (SHA-256 mismatch): the regenerated image will differ.</source>
        <translation>该检查点与生成此图像的检查点不同（SHA-256 不匹配）：重新生成的图像会有差异。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not load the model: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sampling failed: %1</source>
        <translation>采样失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model is loaded: choose a checkpoint in the Models panel or open one (Ctrl+O).</source>
        <translation>未加载模型：请在模型面板中选择一个检查点，或打开一个（Ctrl+O）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling after the current step…</source>
        <translation>将在当前步结束后取消…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled at step %1</source>
        <translation>在第 %1 步取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled after %1 steps: showing the last x0 prediction</source>
        <translation>已在 %1 步后取消：显示最后的 x0 预测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done: %1 steps in %2 s</source>
        <translation>完成：%2 s 内完成 %1 步</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Regenerated image is identical to the file.</source>
        <translation>重新生成的图像与文件完全相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerated image differs from the file in %1 pixels (at most %2 levels).</source>
        <translation>重新生成的图像与文件有 %1 个像素不同（最多相差 %2 级）。</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_outputs.cpp" line="-44"/>
        <source>Sa&amp;ve Finished Runs Automatically</source>
        <translation>自动保存已完成的运行(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every finished run&apos;s images, with their settings, go to the outputs folder</source>
        <translation>每次完成的运行的图像连同其设置都会保存到输出文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs &amp;Folder…</source>
        <translation>输出文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished runs are saved in %1, one subfolder per day.</source>
        <translation>已完成的运行保存在 %1 中，每天一个子文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Outputs Folder</source>
        <translation>打开输出文件夹</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the run in the outputs folder: %1</source>
        <translation>无法将运行保存到输出文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n image(s) in %1</source>
        <translation>
            <numerusform>已将 %n 张图像保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit while sampling?</source>
        <translation>在采样过程中退出？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is still going; quitting stops it and its images are lost. Runs that finished are kept in the outputs folder.</source>
        <translation>仍有运行在进行；退出会停止它，其图像将丢失。已完成的运行保留在输出文件夹中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep Running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_input.cpp" line="-38"/>
        <source>Input Image</source>
        <translation>输入图像</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;Image as Input…</source>
        <translation>打开图像作为输入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use as Input</source>
        <translation>用作输入(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the next runs from the selected image</source>
        <translation>让之后的运行从所选图像开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variations</source>
        <translation>变体(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A batch of variations of the selected image (its own seed each)</source>
        <translation>生成所选图像的一批变体（各自使用自己的种子）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Input Image</source>
        <translation>打开输入图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2×%3: resized to %4×%4 as training resizes images</source>
        <translation>%1 为 %2×%3：已按训练缩放图像的方式缩放为 %4×%4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot use %1 as the input image: %2</source>
        <translation>无法将 %1 用作输入图像：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an image first (click a tile).</source>
        <translation>请先选择一张图像（单击网格中的图像）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tile %1</source>
        <extracomment>Where the input image came from: %1 the tile&apos;s caption (class · seed S #i).</extracomment>
        <translation>网格图像 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>variations of %1</source>
        <translation>%1 的变体</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MaskEditor</name>
    <message>
        <location filename="../ui/input/mask_editor.cpp" line="+16"/>
        <source>Paint the part to regenerate (left button); the right button erases</source>
        <translation>涂抹要重新生成的部分（左键）；右键擦除</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No input image: generation starts from noise.
Drop a PNG or JPEG here, or use a tile (Image &gt; Use as Input).</source>
        <translation>没有输入图像：生成从噪声开始。
请将 PNG 或 JPEG 拖放到此处，或使用网格中的图像（图像 &gt; 用作输入）。</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::MessageBar</name>
    <message>
        <location filename="../ui/window/message_bar.cpp" line="+20"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::ModelPanel</name>
    <message>
        <location filename="../ui/models/model_panel.cpp" line="+29"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patch size:</source>
        <extracomment>Patch size P: the image is cut into P×P patches before the U-Net (translations/GLOSSARY.md).</extracomment>
        <translation>图像块大小：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open checkpoint…</source>
        <translation>打开检查点…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .pt checkpoint (or drop one on the window)</source>
        <translation>打开一个 .pt 检查点（或将其拖放到窗口上）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flags</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits</source>
        <translation>分段</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opened checkpoints</source>
        <translation>已打开的检查点</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use %1 (patch size %2)</source>
        <translation>使用 %1（图像块大小 %2）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>
%1×%1 px, P=%2, %3 classes, %4 M parameters, %5 GFLOP per image, %6 schedule, T=%7</source>
        <translation>
%1×%1 px，P=%2，%3 个类别，%4 M 参数，每张图像 %5 GFLOP，%6 调度，T=%7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
SNR splits: %1 models</source>
        <translation>
SNR 分段：%1 个模型</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::PlotPanel</name>
    <message>
        <location filename="../ui/inspect/plot_panel.cpp" line="+31"/>
        <source>Filled in as a run
records its steps</source>
        <translation>运行记录步骤后
将在此显示</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>log SNR</source>
        <translation>对数 SNR</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ln SNR</source>
        <translation>ln SNR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x0 change per step</source>
        <translation>每步 x0 的变化</translation>
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
        <translation>所选图像</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>batch mean</source>
        <translation>批次均值</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>x0 energy above ½ Nyquist</source>
        <translation>x0 在 ½ 奈奎斯特频率以上的能量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guidance gap / threshold s</source>
        <translation>引导差 / 阈值 s</translation>
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
        <translation>每步时间</translation>
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
        <translation>步</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>running mean</source>
        <translation>滑动平均</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>There is no run to export plots of.</source>
        <translation>没有可导出图表的运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RecentFiles</name>
    <message>
        <location filename="../ui/window/recent_files.cpp" line="+16"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RunHistoryView</name>
    <message>
        <location filename="../ui/inspect/run_history_view.cpp" line="+11"/>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run %1 · %2</source>
        <extracomment>A run saved in the outputs folder by an earlier session: %1 its day and number there (&quot;2026-12-07 #3&quot;), %2 the checkpoint.</extracomment>
        <translation>运行 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 · %2</source>
        <translation>已保存 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps · %2 · guidance %3 · seed %4</source>
        <translation>%1 步 · %2 · 引导 %3 · 种子 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↳ branch of run %1 at step %2</source>
        <translation>↳ 运行 %1 在第 %2 步的分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled at step %1</source>
        <translation>在第 %1 步取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final images only (from the outputs folder)</source>
        <translation>仅最终图像（来自输出文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trajectory dropped (memory budget)</source>
        <translation>轨迹已丢弃（内存预算）</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::RunStatus</name>
    <message>
        <location filename="../ui/window/run_status.cpp" line="+13"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device and precision of the run</source>
        <translation>运行所用的设备和精度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step %v of %m</source>
        <translation>第 %v / %m 步</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 steps/s · ETA %2 s</source>
        <translation>%1 步/s · 剩余 %2 s</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SampleCanvas</name>
    <message>
        <location filename="../ui/inspect/sample_canvas.cpp" line="+31"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Press Generate (Ctrl+Return) to sample</source>
        <translation>按“生成”（Ctrl+Return）开始采样</translation>
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
        <translation>均匀（原版）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karras</source>
        <translation>Karras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential (log-SNR)</source>
        <translation>指数（log-SNR）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailing</source>
        <translation>Trailing</translation>
    </message>
    <message>
        <location filename="../ui/sampling/sampling_panel.cpp" line="+56"/>
        <source>DDIM eta: 0 is deterministic, 1 matches DDPM&apos;s noise</source>
        <translation>DDIM 的 eta：0 为确定性，1 与 DDPM 的噪声一致</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Respaced sampling steps</source>
        <translation>时间步重排后的采样步数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or e.g. ddim25, 10,20,30</source>
        <translation>或 ddim25、10,20,30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any original --timestep_respacing string; overrides the step count</source>
        <translation>原始实现的任意 --timestep_respacing 字符串；优先于步数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image i of a run uses the noise streams of (seed, i)</source>
        <translation>一次运行中的第 i 张图像使用 (种子, i) 的噪声流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>新种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new random seed</source>
        <translation>抽取一个新的随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this seed for the next runs (otherwise each run draws a new one)</source>
        <translation>后续运行保留此种子（否则每次运行都抽取新种子）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip x0 to [-1, 1]</source>
        <extracomment>x0: the network&apos;s prediction of the clean image; keep &quot;x0&quot; (translations/GLOSSARY.md).</extracomment>
        <translation>将 x0 裁剪到 [-1, 1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto (when guiding)</source>
        <translation>自动（使用引导时）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic thresholding of the x0 prediction</source>
        <translation>对 x0 预测进行动态阈值处理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>float16 runs the network&apos;s torso in half precision (CUDA only)</source>
        <translation>float16 以半精度运行网络主干（仅 CUDA）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the preview every N steps (every step is still recorded)</source>
        <translation>每 N 步更新一次预览（每一步仍会被记录）</translation>
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
        <translation>生成（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Sampler / eta:</source>
        <translation>采样器 / eta(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;teps:</source>
        <extracomment>Steps: how many (respaced) timesteps the sampler takes (translations/GLOSSARY.md).</extracomment>
        <translation>步数(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sc&amp;hedule:</source>
        <extracomment>Schedule: which noise levels a run&apos;s steps visit (uniform, Karras, ...).</extracomment>
        <translation>调度(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guidance:</source>
        <extracomment>Guidance scale: the strength s of classifier-free guidance, 1 = off.</extracomment>
        <translation>引导强度(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lass:</source>
        <translation>类别(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eed:</source>
        <extracomment>Seed: the number a run&apos;s random noise is drawn from.</extracomment>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thresholding:</source>
        <translation>阈值处理(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview e&amp;very:</source>
        <translation>预览间隔(&amp;V)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance scale</source>
        <translation>引导强度</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unconditional model)</source>
        <translation>（无条件模型）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This model is unconditional: guidance needs a class-conditional model</source>
        <translation>此模型为无条件模型：引导需要类别条件模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classifier-free guidance scale (1 = off)</source>
        <translation>无分类器引导强度（1 = 关闭）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 steps: this model has %2 diffusion steps, so at most %2.</source>
        <extracomment>%1 the step count typed, %2 the model&apos;s diffusion steps.</extracomment>
        <translation>%1 步：此模型有 %2 个扩散步，因此最多 %2 步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps &quot;%1&quot; cannot be used: %2</source>
        <extracomment>%1 the respacing text typed, %2 why it cannot be used (from the sampler).</extracomment>
        <translation>步数“%1”无法使用：%2</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>%1 (passes/step: %2)</source>
        <extracomment>A sampler box entry: the solver&apos;s name and its network passes per step.</extracomment>
        <translation>%1（每步计算次数：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver; guidance doubles every pass&apos;s batch</source>
        <translation>求解器；引导会使每次计算的批量加倍</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which noise levels the steps visit; DDPM and DDIM use the original&apos;s (uniform)</source>
        <translation>各步经过哪些噪声水平；DDPM 和 DDIM 使用原版的（均匀）</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SamplingWorker</name>
    <message>
        <location filename="../ui/worker/sampling_worker.cpp" line="+93"/>
        <source>The mask is %1×%2, the input image %3×%4: paint the mask again.</source>
        <translation>蒙版为 %1×%2，输入图像为 %3×%4：请重新绘制蒙版。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Out of memory on %1: lower the batch size, use fewer steps per split, or sample on another device.</source>
        <translation>%1 内存不足：请减小批大小、减少每个分段的步数，或在其他设备上采样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No checkpoint given.</source>
        <translation>未指定检查点。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No model is loaded: choose a checkpoint in the Models panel.</source>
        <translation>未加载模型：请在模型面板中选择一个检查点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+156"/>
        <source>Device %1: this LibTorch build has no usable CUDA device.</source>
        <translation>设备 %1：此 LibTorch 构建没有可用的 CUDA 设备。</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The batch size must be positive.</source>
        <translation>批大小必须为正数。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>seed %1 #%2</source>
        <extracomment>Caption under a sample: %1 the seed, %2 the image&apos;s index in the run.</extracomment>
        <translation>种子 %1 #%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recorded x_t does not fit this model: branch with a checkpoint of the same image size.</source>
        <translation>记录的 x_t 与此模型不匹配：请用图像尺寸相同的检查点创建分支。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The bundled feature network (emoji64_features.pt) was not found: reinstall patchdiff or set PATCHDIFF_SCORE_DIR to its folder.</source>
        <translation>找不到内置特征网络（emoji64_features.pt）：请重新安装 patchdiff，或将 PATCHDIFF_SCORE_DIR 设置为其所在的文件夹。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring measures images against the data set the feature network describes; its features are computed once, then cached. Choose that data folder (Data Folder…: the one with train/ and heldout/, as `patchdiff data emoji DIR` writes it).</source>
        <translation>评分以特征网络所描述的数据集为基准衡量图像；其特征只计算一次，随后缓存。请选择该数据文件夹（数据文件夹…：包含 train/ 和 heldout/ 的文件夹，即 `patchdiff data emoji DIR` 写出的那个）。</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::SplitsEditor</name>
    <message>
        <location filename="../ui/models/splits_editor.cpp" line="+23"/>
        <source>SNR splits</source>
        <extracomment>SNR splits: several checkpoints, each denoising one band of signal-to-noise ratios (translations/GLOSSARY.md).</extracomment>
        <translation>SNR 分段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several checkpoints, each denoising one SNR band; highest SNR (least noise) first</source>
        <translation>多个检查点，各自对一个 SNR 区间去噪；SNR 最高（噪声最少）的在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split checkpoints, highest SNR first</source>
        <translation>分段检查点，SNR 最高的在前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkpoint to add</source>
        <translation>要添加的检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 0.25 (one fewer than checkpoints)</source>
        <translation>例如 0.25（比检查点少一个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNR boundaries</source>
        <translation>SNR 边界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where sampling switches checkpoint: the signal-to-noise ratio at which one checkpoint hands over to the next, high to low (SNR falls as noise grows)</source>
        <translation>采样切换检查点的位置：一个检查点交给下一个检查点时的信噪比，从高到低排列（噪声越大，SNR 越低）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use these splits</source>
        <translation>使用这些分段</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Boundaries:</source>
        <translation>边界：</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Add checkpoints, highest SNR first.</source>
        <translation>请添加检查点，SNR 最高的在前。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n checkpoint(s) need %1 boundaries: a boundary is the SNR at which one checkpoint hands over to the next (e.g. 0.25 between two).</source>
        <extracomment>%n checkpoints in the list, %1 the boundaries they need.</extracomment>
        <translation>
            <numerusform>%n 个检查点需要 %1 个边界：边界是一个检查点交给下一个检查点时的 SNR（例如两个之间为 0.25）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is %2 px but %3 is %4 px: split models need one image size.</source>
        <translation>%1 为 %2 px，而 %3 为 %4 px：分段模型的图像尺寸必须一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses the %2 schedule but %3 uses %4: split models need one schedule.</source>
        <translation>%1 使用 %2 调度，而 %3 使用 %4：分段模型的噪声调度必须一致。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n checkpoint(s), ready.</source>
        <translation>
            <numerusform>%n 个检查点，已就绪。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::TimelineBar</name>
    <message>
        <location filename="../ui/inspect/timeline_bar.cpp" line="+21"/>
        <source>Play or pause the trajectory</source>
        <translation>播放或暂停轨迹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play trajectory</source>
        <translation>播放轨迹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step of the trajectory shown on the canvas (1 = noisiest)</source>
        <translation>画布上显示的轨迹步（1 = 噪声最多）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step 0000 / 0000</source>
        <translation>第 0000 / 0000 步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue from here…</source>
        <translation>从此处继续…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new run from this step&apos;s x_t with changed settings</source>
        <translation>以此步的 x_t 为起点，用修改后的设置开始新的运行</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>patchdiff::ui::TrajectoryStore</name>
    <message>
        <location filename="../ui/inspect/trajectory_store.cpp" line="+139"/>
        <source>Trajectory of run %1 dropped to stay within the %2 memory budget</source>
        <translation>为保持在 %2 的内存预算内，已丢弃运行 %1 的轨迹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording 1 step in %1 plus the first and last: the whole trajectory (%2) exceeds the %3 memory budget.</source>
        <translation>每 %1 步记录 1 步，另加首末两步：完整轨迹（%2）超出了 %3 的内存预算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No float x_t kept: branches continue from 8-bit x_t (approximate).</source>
        <translation>未保留浮点 x_t：分支将从 8 位 x_t 继续（近似）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Float x_t (exact branching) kept for 1 step in %1 of %2.</source>
        <translation>在 %2 步中每 %1 步保留 1 步的浮点 x_t（用于精确分支）。</translation>
    </message>
</context>
</TS>
