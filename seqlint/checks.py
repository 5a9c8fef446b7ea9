"""Every finding seqlint can report, one small class each (after pyflakes' messages).

A class holds its code, kebab-case name, severity and message template; an instance holds
where it was found and the arguments of its message.  Severity means:

* ``error``   -- torch would raise;
* ``warning`` -- torch runs it, but it is almost certainly a bug;
* ``info``    -- a note about the analysis itself (shown only on request).

Each class's docstring is its rule page, in Markdown as ruff writes its rule docs: a
one-paragraph summary (the README's rule table cell), more on what it checks, then
``## Why is this bad?`` and ``## Example`` with a program seqlint reports and, after
``Use instead:``, the program fixed.  ``seqlint rule CODE`` prints it, and the README's rule
table is generated from it (``seqlint/rule_docs.py``): adding a rule is adding a class here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Span:
    """1-based lines and columns (in characters); ``end_*`` is just past the last character."""

    line: int
    column: int
    end_line: int
    end_column: int

    @staticmethod
    def whole_file() -> "Span":
        return Span(1, 1, 1, 1)


@dataclass
class Diagnostic:
    code = "SEQ000"
    name = "diagnostic"
    severity = ERROR
    template = "{}"

    path: str
    span: Span
    args: tuple = ()
    model: str | None = None
    layer: int | None = None
    fix: dict | None = None
    trace: list | None = field(default=None, repr=False)  # [(index, type, line, shape text)]
    cell: int | None = None  # in a notebook: the 1-based cell ``span``'s lines count in
    # (the argument written, seqlint.layers.base.Repair, safe): what seqlint.fixes turns into ``fix``.
    repair: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def message(self) -> str:
        return self.template.format(*self.args)

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "model": self.model,
            "layer": self.layer,
            "fix": self.fix,
        }


# --- the file itself ----------------------------------------------------------------


class SyntaxErrorInFile(Diagnostic):
    """The file does not parse as Python, so none of its models can be checked.

    Reported once per file, at the first error CPython's parser finds (the parser of the
    Python running seqlint). Nothing else in the file is checked.

    ## Why is this bad?
    Python raises `SyntaxError` before any layer is built, and a shape error in the same file
    stays hidden until the syntax is fixed.

    ## Example
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(4, 2)  # the call is never closed
    ```

    Use instead:
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(4, 2))
    ```
    """

    code, name, severity = "SEQ001", "syntax-error", ERROR
    template = "cannot parse: {}"


class UnreadableFile(Diagnostic):
    """The file cannot be read or decoded (a binary file, an encoding Python rejects, no
    permission).

    seqlint decodes a file as Python does: UTF-8, unless a coding declaration (PEP 263) in
    its first two lines names another encoding. A file that cannot be opened or decoded is
    reported at line 1, column 1, and not checked.

    ## Why is this bad?
    Python cannot run it either (`SyntaxError: Non-UTF-8 code starting with '\\xe8'`).
    Usually an editor saved it in a legacy encoding, or a binary file has a `.py` name.

    ## Example
    A file saved as Latin-1, without a coding declaration:
    ```python
    # Modèle de base
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(4, 2))
    ```

    Use instead (or save the file as UTF-8):
    ```python
    # -*- coding: latin-1 -*-
    # Modèle de base
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(4, 2))
    ```
    """

    code, name, severity = "SEQ002", "unreadable-file", ERROR
    template = "cannot read: {}"


class InternalError(Diagnostic):
    """seqlint itself failed on the file; the file is not at fault.

    A failure inside seqlint (a bug, or a file beyond its bounds) is caught per file: that
    file gets this one note, also printed to standard error, and the run goes on with the
    others. Being an info note, it does not change the exit code.

    ## Why is this bad?
    The file's models went unchecked, and a clean run does not mean they are right. Please
    report it, with the file or a smaller one that fails the same way.

    ## Example
    ```console
    $ seqlint --show-info net.py
    seqlint: internal error on net.py: seqlint could not check this file: RecursionError: ...
    net.py:1:1: SEQ003 seqlint could not check this file: RecursionError: ...
    ```

    Use instead, until it is fixed, leave the file out in `pyproject.toml`:
    ```toml
    [tool.seqlint]
    extend-exclude = ["net.py"]
    ```
    """

    code, name, severity = "SEQ003", "internal-error", INFO
    template = "seqlint could not check this file: {}"


# --- shapes: torch raises -------------------------------------------------------------


class FeatureMismatch(Diagnostic):
    """A layer reads a dimension whose size differs from what it was built for (`in_features`,
    `in_channels`, `num_features`, ...).

    The input is followed layer by layer (from a dummy tensor the script passes, a
    `# seqlint: input=` pragma, or a symbolic input), and the dimension each layer reads is
    compared with its constructor argument: `in_features` of `Linear` (the last dim),
    `in_channels` of convolutions and `num_features` of norms (dim 1), `input_size` of RNNs,
    `normalized_shape` of `LayerNorm` (the trailing dims). With a symbolic input it is
    reported only when it holds for every input the first layers accept.

    ## Why is this bad?
    torch raises at the first forward pass (`mat1 and mat2 shapes cannot be multiplied
    (8x128 and 64x10)`). It happens when one layer's width is edited and the next one is not.

    ## Example
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(64, 10))
    ```

    Use instead:
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    ```
    """

    code, name, severity = "SEQ101", "feature-mismatch", ERROR
    template = "{} expects {} {} but gets {}"


class RankMismatch(Diagnostic):
    """A layer gets a tensor with a number of dimensions it does not accept.

    Each layer accepts some ranks: `Conv2d` a 3D (unbatched) or 4D (batched) input, `Conv1d`
    and `BatchNorm1d` 2D or 3D, `Linear` at least 1D. The rank is followed through the layers
    that change it (`Flatten`, `Unflatten`, pools with an output size) and through what the
    script does to its dummy input (`view`, `reshape`, `unsqueeze`).

    ## Why is this bad?
    torch raises (`Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of
    size: [8, 3072]`). Usual causes: a `Flatten` placed too early, an image without its batch
    or channel dim, a 1D layer fed an image.

    ## Example
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Flatten(), nn.Conv2d(3, 8, 3))
    ```

    Use instead:
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.Flatten())
    ```
    """

    code, name, severity = "SEQ102", "rank-mismatch", ERROR
    template = "{} expects {} input but gets {}D {}"


class NonPositiveSize(Diagnostic):
    """A kernel or window is larger than the (padded) input, so an output size would be 0 or
    less.

    Convolutions, pools and the layers like them compute each spatial output size from the
    input size, kernel, stride, padding and dilation. The sizes are followed from the model's
    input, and the first layer whose window no longer fits is reported.

    ## Why is this bad?
    torch raises (`Calculated padded input size per channel: (4 x 4). Kernel size: (5 x 5).
    Kernel size can't be greater than actual input size`). Usually the network downsamples
    more times than the image size allows: a model written for 32×32 images run on 28×28.

    ## Example
    ```python
    import torch
    import torch.nn as nn

    model = nn.Sequential(
        nn.Conv2d(3, 16, 5), nn.MaxPool2d(2),   # 28 -> 24 -> 12
        nn.Conv2d(16, 32, 5), nn.MaxPool2d(2),  # 12 -> 8 -> 4
        nn.Conv2d(32, 64, 5),                   # a 5×5 kernel on 4×4
    )
    model(torch.randn(1, 3, 28, 28))
    ```

    Use instead:
    ```python
    import torch
    import torch.nn as nn

    model = nn.Sequential(
        nn.Conv2d(3, 16, 5), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 5), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3),                   # 4 -> 2
    )
    model(torch.randn(1, 3, 28, 28))
    ```
    """

    code, name, severity = "SEQ103", "non-positive-size", ERROR
    template = "{} output size would be {} for input {}: {}"


class FlattenLinearMismatch(Diagnostic):
    """The Linear after a Flatten is built for another number of features; the factors are
    spelled out.

    The same check as `feature-mismatch`, with its own code for the most common case: the
    features a `Linear` gets after a `Flatten` are written as the product of the flattened
    dims (`1568 = 32 × 7 × 7`), so the right expression can be typed in directly.

    ## Why is this bad?
    torch raises (`mat1 and mat2 shapes cannot be multiplied (1x1568 and 2048x10)`). The
    hand-computed size is the classic bug: the image size changed, or a pooling layer was
    added, and `32 * 8 * 8` was not updated.

    ## Example
    ```python
    import torch
    import torch.nn as nn

    model = nn.Sequential(
        nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(32 * 8 * 8, 10),  # written for 32×32 images
    )
    model(torch.randn(1, 3, 28, 28))
    ```

    Use instead:
    ```python
    import torch
    import torch.nn as nn

    model = nn.Sequential(
        nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(32 * 7 * 7, 10),
    )
    model(torch.randn(1, 3, 28, 28))
    ```
    """

    code, name, severity = "SEQ104", "flatten-linear-mismatch", ERROR
    template = "{} expects {} features but gets {} = {}"


class BatchNormSingleValue(Diagnostic):
    """A BatchNorm in training mode gets one value per channel (a batch of one).

    A model is in training mode until `model.eval()`; seqlint follows the `eval()` and
    `train()` calls before each call of the model. In training mode, the values per channel
    of a BatchNorm's input are its batch size times its spatial sizes.

    ## Why is this bad?
    Batch statistics need more than one value: torch raises `Expected more than 1 value per
    channel when training, got input size torch.Size([1, 256])`. It shows up when a single
    sample is pushed through a freshly built model, to try it or to predict.

    ## Example
    ```python
    import torch
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(784, 256), nn.BatchNorm1d(256), nn.ReLU())
    model(torch.randn(1, 784))
    ```

    Use instead (or a batch larger than one, for training):
    ```python
    import torch
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(784, 256), nn.BatchNorm1d(256), nn.ReLU())
    model.eval()
    model(torch.randn(1, 784))
    ```
    """

    code, name, severity = "SEQ105", "batchnorm-single-value", ERROR
    template = "{} in training mode gets {} value per channel (input {}); torch needs more than 1"


class TupleOutput(Diagnostic):
    """A layer follows one that returns a tuple (RNN, LSTM, GRU, `return_indices=True`).

    `nn.Sequential` hands each layer's whole output to the next. `RNN` and `GRU` return
    `(output, h_n)`, `LSTM` returns `(output, (h_n, c_n))`, and pools built with
    `return_indices=True` return `(output, indices)`; a layer after them that needs a tensor
    is reported.

    ## Why is this bad?
    torch raises (`linear(): argument 'input' (position 1) must be Tensor, not tuple`):
    Sequential cannot pick the tensor out of the tuple.

    ## Example
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.LSTM(10, 20, batch_first=True), nn.Linear(20, 2))
    ```

    Use instead:
    ```python
    import torch
    import torch.nn as nn


    class LastStep(nn.Module):
        def forward(self, x):
            output, _ = x
            return output[:, -1]


    model = nn.Sequential(nn.LSTM(10, 20, batch_first=True), LastStep(), nn.Linear(20, 2))
    model(torch.randn(4, 7, 10))
    ```
    """

    code, name, severity = "SEQ106", "tuple-output", ERROR
    template = "{} gets the tuple {} returned by {}; it needs a tensor"


class InvalidArgument(Diagnostic):
    """Constructor arguments torch rejects (groups, dropout p, ...); a Sequential argument that
    is no module (a list, `nn.ReLU` uncalled).

    The checks torch runs when a layer is built: channels divisible by `groups`, a dropout
    `p` between 0 and 1, positive sizes, known `padding_mode` and `nonlinearity` values,
    arguments that are missing or unknown to torch's own signature. And every argument of
    `nn.Sequential` must be a module instance.

    ## Why is this bad?
    torch raises as soon as the model is built (`TypeError: torch.nn.modules.activation.ReLU
    is not a Module subclass`, `ValueError: dropout probability has to be between 0 and 1,
    but got 50`), before any data flows.

    ## Example
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU, nn.Linear(128, 10))
    ```

    Use instead:
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    ```
    """

    code, name, severity = "SEQ107", "invalid-argument", ERROR
    template = "{}: {}"


class InvalidInput(Diagnostic):
    """Another requirement on the input fails: dtypes (float64 data into float32 weights,
    integers into float-only layers), PixelShuffle channels, Unflatten sizes, a loss inside a
    Sequential, ...

    What a layer needs of its input beyond the sizes it was built for: a dtype that matches
    its weights (numpy arrays are `float64`, layers are `float32` until `model.double()`),
    floats where torch has no integer kernel, `Embedding` indices below `num_embeddings`,
    divisibility (`PixelShuffle` channels by the factor squared), `Unflatten` sizes whose
    product is the dim, a possible `view` of the dummy input; and modules that cannot be a
    Sequential step (losses and other modules whose forward takes several inputs).

    ## Why is this bad?
    torch raises at the forward pass (`mat1 and mat2 must have the same dtype, but got Double
    and Float`).

    ## Example
    ```python
    import numpy as np
    import torch
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(4, 2))
    x = torch.from_numpy(np.random.rand(8, 4))  # float64
    model(x)
    ```

    Use instead:
    ```python
    import numpy as np
    import torch
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(4, 2))
    x = torch.from_numpy(np.random.rand(8, 4)).float()
    model(x)
    ```
    """

    code, name, severity = "SEQ108", "invalid-input", ERROR
    template = "{}: {}"


class NotInTorchVersion(Diagnostic):
    """A layer, or a constructor argument, that the targeted torch release (`torch-version`)
    does not have yet.

    `torch-version` in `[tool.seqlint]` (or `--torch-version`) names the torch release the
    code must run on; by default the newest seqlint knows, so nothing is reported. Under an
    older target, each constructor call of a torch.nn class added later is reported at the
    call (`nn.RMSNorm` came in 2.4, `nn.Dropout1d` in 1.12, `nn.Mish` and the lazy batch
    norms in 1.9, ...), and each argument added later at the argument: a string `padding`
    (`'same'`, `'valid'`) of a convolution before 1.9, `batch_first` of the transformer
    layers and `MultiheadAttention` before 1.9, `norm_first` before 1.10, `bias` of
    `LayerNorm` before 2.1. The releases are listed, with their sources, in
    `seqlint/layers/since.py`; what torch added before 1.8 is not reported.

    ## Why is this bad?
    The older torch raises as soon as the model is built (`AttributeError: module
    'torch.nn' has no attribute 'RMSNorm'`, `TypeError: __init__() got an unexpected keyword
    argument 'batch_first'`): code written against a newer torch breaks on the cluster, the
    user's machine or the deployment image that pins the older one.

    ## Example
    With `torch-version = "2.3"`:
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(64, 64), nn.RMSNorm(64))
    ```

    Use instead, for torch 2.3 (or raise `torch-version`):
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(64, 64), nn.LayerNorm(64))
    ```
    """

    code, name, severity = "SEQ109", "not-in-torch-version", ERROR
    template = "{} was added in torch {}; the target is torch {} (torch-version)"


# --- warnings: torch runs it, but it is almost certainly a bug ---------------------------


class ImplicitSoftmaxDim(Diagnostic):
    """Softmax/LogSoftmax/Softmin without `dim`: torch guesses (deprecated).

    Reported for each such layer the input reaches, with the dim torch picks for that input:
    0 for a 0D, 1D or 3D input, 1 otherwise.

    ## Why is this bad?
    torch picks the dim from the rank alone, and warns that this is deprecated. For a 3D
    input `(N, L, C)` it picks dim 0: the probabilities are normalized across the batch, and
    the model trains on that without any error. Where the guess is right today, it goes
    wrong once the input gains or loses a dim.

    ## Example
    ```python
    import torch
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(32, 10), nn.Softmax())
    model(torch.randn(8, 16, 32))
    ```

    Use instead:
    ```python
    import torch
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(32, 10), nn.Softmax(dim=-1))
    model(torch.randn(8, 16, 32))
    ```
    """

    code, name, severity = "SEQ201", "implicit-softmax-dim", WARNING
    template = "{} without dim normalizes over dim {} of input {}; pass dim= explicitly"


# --- notes about the analysis ----------------------------------------------------------


class UnknownLayer(Diagnostic):
    """A layer seqlint does not know; shapes after it are unknown.

    seqlint knows the layers of `torch.nn` and the module classes defined in the same file,
    which it builds with their arguments and follows through their `forward`. Any other step
    (a class imported from elsewhere, a factory parameter) makes the shape unknown from there
    on: later layers are not checked, and nothing is guessed. An info note, shown with
    `--show-info`.

    ## Why is this bad?
    It is not a bug in the model: it tells where checking stopped, so that a clean result is
    not taken for a checked model.

    ## Example
    ```python
    import torch.nn as nn
    from blocks import Block

    model = nn.Sequential(Block(3), nn.Linear(4, 2))
    ```

    Use instead, to have the layers after it checked, a block defined in the same file:
    ```python
    import torch
    import torch.nn as nn


    class Block(nn.Module):
        def __init__(self, features):
            super().__init__()
            self.linear = nn.Linear(features, 4)

        def forward(self, x):
            return torch.relu(self.linear(x))


    model = nn.Sequential(Block(3), nn.Linear(4, 2))
    ```
    """

    code, name, severity = "SEQ901", "unknown-layer", INFO
    template = "{} is not a layer seqlint knows; shapes after it are unknown"


class UnknownArgument(Diagnostic):
    """An argument too large or too complex to compute (`10 ** 10 ** 10`); the shapes that
    depend on it are unknown.

    seqlint folds the constant expressions in layer arguments (`32 * 8 * 8`, names bound in
    the same scope) within bounds: an integer wider than 256 bits, or an expression nested
    more than 60 deep, is not computed. The argument is then unknown, and so is every size
    that depends on it. An info note, shown with `--show-info`.

    ## Why is this bad?
    No tensor dim is that large: such a value is a typo (`**` for `*`) or generated code.
    The checks that need it are skipped, and this note says so.

    ## Example
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(2 ** 512, 10))
    ```

    Use instead:
    ```python
    import torch.nn as nn

    model = nn.Sequential(nn.Linear(2 * 512, 10))
    ```
    """

    code, name, severity = "SEQ903", "unknown-argument", INFO
    template = "{}"


ALL: tuple[type[Diagnostic], ...] = tuple(
    cls for cls in list(globals().values())
    if isinstance(cls, type) and issubclass(cls, Diagnostic) and cls is not Diagnostic
)
BY_CODE = {cls.code: cls for cls in ALL}
BY_NAME = {cls.name: cls for cls in ALL}
