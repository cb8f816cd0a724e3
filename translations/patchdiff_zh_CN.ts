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
        <location filename="../ui/inspect/plot_panel.cpp" line="+66"/>
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
        <location filename="../ui/export/sample_exporter.cpp" line="+61"/>
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
        <location filename="../ui/window/studio_app.cpp" line="+47"/>
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
        <location filename="../ui/export/trajectory_exporter.cpp" line="+84"/>
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
    <name>patchdiff</name>
    <message>
        <location filename="../app/patchdiff/cli_args.cpp" line="+34"/>
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
        <location filename="../app/patchdiff/cli_tr.cpp" line="+97"/>
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
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+183"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="+92"/>
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
</source>
        <extracomment>patchdiff bench --help. Keep flag names, preset names, values, units (ms/step, TFLOP/s) and paths as they are; keep the layout.</extracomment>
        <translation>用法：patchdiff bench (--preset NAME[,NAME]|all | --model_path A.pt[,B.pt] [模型选项])
                      [--batch 1,16] [--steps 50] [--warmup 3] [--repeats 1]
                      [--device cpu|cuda] [--precision fp32|fp16|bf16] [--guidance 1.5]
                      [--threads N] [--cuda_graphs on|off] [--channels_last on|off]
                      [--noise seeded|device] [--fast_paths SPEC] [--ab &apos;SPEC;SPEC&apos;]
                      [--timestep_respacing 250] [--block K] [--seed N] [--json out.json]
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
</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+80"/>
        <location filename="../app/patchdiff/cmd_compare.cpp" line="+106"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="-50"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+101"/>
        <location filename="../app/patchdiff/cmd_train.cpp" line="+103"/>
        <source>unexpected argument &apos;%1&apos; (flags look like --name value)</source>
        <translation>意外的参数 &apos;%1&apos;（选项的形式为 --name value）</translation>
    </message>
    <message>
        <location line="-59"/>
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
        <location line="+48"/>
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
        <location filename="../app/patchdiff/cmd_compare.cpp" line="-67"/>
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
</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+32"/>
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
        <location line="+15"/>
        <location filename="../app/patchdiff/cmd_evaluate.cpp" line="+21"/>
        <location filename="../app/patchdiff/cmd_forward.cpp" line="-46"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+20"/>
        <source>--device cuda: this LibTorch build has no usable CUDA device</source>
        <translation>--device cuda：此 LibTorch 构建没有可用的 CUDA 设备</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>column %1/%2</source>
        <translation>第 %1/%2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/patchdiff/cmd_sample.cpp" line="+101"/>
        <location filename="../app/patchdiff/cmd_train.cpp" line="+99"/>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../app/patchdiff/cmd_sample.cpp" line="-110"/>
        <source>--model_path is required (one checkpoint, or several for --snr_splits)</source>
        <translation>必须指定 --model_path（一个检查点，或为 --snr_splits 指定多个）</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../app/patchdiff/cmd_sample.cpp" line="-284"/>
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
        <location line="+120"/>
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
        <location filename="../app/patchdiff/cmd_train.cpp" line="-172"/>
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
        <location line="+39"/>
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
        <location line="+5"/>
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
        <extracomment>The frame around an error message: %1 is the command (sample, train, ...), %2 the message itself, which stays English.</extracomment>
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
        <location filename="../ui/compare/compare_window.cpp" line="+43"/>
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
        <location line="+28"/>
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
        <location line="+7"/>
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
        <location line="+22"/>
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
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GFLOP / pass</source>
        <translation>GFLOP / 前向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms / step (median)</source>
        <translation>ms / 步（中位数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total s</source>
        <translation>总计 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GFLOP ratio</source>
        <translation>GFLOP 比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RMS to first</source>
        <translation>与第一列的 RMS</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Export Comparison Sheet</source>
        <translation>导出对比图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+20"/>
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
        <location line="+13"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+366"/>
        <source>P=%1  %2 ms/step</source>
        <translation>P=%1  %2 ms/步</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+363"/>
        <source>total %1 s</source>
        <translation>总计 %1 s</translation>
    </message>
    <message>
        <location line="-122"/>
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
        <location line="+98"/>
        <source>column %1 of %2</source>
        <translation>第 %1/%2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running · step %1 of %2</source>
        <translation>运行中 · 第 %1/%2 步</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>step %1 / %2 · ln SNR %3</source>
        <translation>第 %1 / %2 步 · ln SNR %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+24"/>
        <source>Run a comparison first.</source>
        <translation>请先运行比较。</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../ui/models/flags_view.cpp" line="+22"/>
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
        <location filename="../ui/window/main_window_input.cpp" line="+31"/>
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
        <location filename="../ui/sampling/sampling_panel.cpp" line="+55"/>
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
        <location filename="../ui/worker/sampling_worker.cpp" line="+86"/>
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
        <location line="+153"/>
        <source>Device %1: this LibTorch build has no usable CUDA device.</source>
        <translation>设备 %1：此 LibTorch 构建没有可用的 CUDA 设备。</translation>
    </message>
    <message>
        <location line="-152"/>
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
</context>
<context>
    <name>patchdiff::ui::SplitsEditor</name>
    <message>
        <location filename="../ui/models/splits_editor.cpp" line="+22"/>
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
