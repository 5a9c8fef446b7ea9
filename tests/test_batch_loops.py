"""Mini-batch loops (seqlint/extract/batches.py): each pass's slice of the data, checked as
torch runs it -- the last, smaller batch included -- and losses built and called at once."""

import textwrap

import pytest

from seqlint.pipeline import check_source
from tests.torch_run import run_program

HEAD = "import torch\nimport torch.nn as nn\n\n"

PROGRAMS = {
    # 65 samples by 16: the last batch holds one sample, which BatchNorm refuses in training.
    "last-batch-of-one": """
        model = nn.Sequential(nn.Linear(8, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 1))
        X = torch.randn(65, 8)
        for i in range(0, len(X), 16):
            xb = X[i:i + 16]
            out = model(xb)
        """,
    "batches-divide-evenly": """
        model = nn.Sequential(nn.Linear(8, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 1))
        X = torch.randn(64, 8)
        for i in range(0, len(X), 16):
            xb = X[i:i + 16]
            out = model(xb)
        """,
    "last-batch-of-one-in-eval": """
        model = nn.Sequential(nn.Linear(8, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 1))
        model.eval()
        X = torch.randn(65, 8)
        for i in range(0, X.shape[0], 16):
            out = model(X[i:i + 16])
        """,
    "unpacked-batch-and-target": """
        model = nn.Sequential(nn.Linear(11, 16), nn.ReLU(), nn.Linear(16, 1))
        X = torch.randn(300, 11)
        y = torch.rand(300)
        loss_fn = nn.BCEWithLogitsLoss()
        for start in range(0, 300, 100):
            xb, yb = X[start:start + 100], y[start:start + 100]
            logits = model(xb)
            loss = loss_fn(logits, yb)
        """,
    "unpacked-batch-and-target-ok": """
        model = nn.Sequential(nn.Linear(11, 16), nn.ReLU(), nn.Linear(16, 1))
        X = torch.randn(300, 11)
        y = torch.rand(300, 1)
        loss_fn = nn.BCEWithLogitsLoss()
        for start in range(0, 300, 100):
            xb, yb = X[start:start + 100], y[start:start + 100]
            logits = model(xb)
            loss = loss_fn(logits, yb)
        """,
    # Many passes: read at their ends, where the last batch is.
    "many-passes": """
        model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))
        X = torch.randn(6401, 4)
        for i in range(0, 6401, 64):
            model(X[i:i + 64])
        """,
    "loss-built-and-called-at-once": """
        model = nn.Sequential(nn.Linear(4, 3))
        x = torch.randn(5, 4)
        loss = nn.CrossEntropyLoss()(model(x), torch.randint(0, 3, (6,)))
        """,
    "loss-built-and-called-at-once-ok": """
        model = nn.Sequential(nn.Linear(4, 3))
        x = torch.randn(5, 4)
        loss = nn.CrossEntropyLoss()(model(x), torch.randint(0, 3, (5,)))
        """,
    # A training loop whose body makes the batch: the loss gets the pass's tensors.
    "autoencoder-in-a-training-loop": """
        class Autoencoder(nn.Module):
            def __init__(self):
                super().__init__()
                self.encoder = nn.Sequential(nn.Conv2d(1, 16, 3, stride=2, padding=1), nn.ReLU())
                self.decoder = nn.Sequential(nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1), nn.Sigmoid())

            def forward(self, x):
                return self.decoder(self.encoder(x))

        model = Autoencoder()
        criterion = nn.MSELoss()
        for step in range(2):
            img = torch.rand(8, 1, 28, 28)
            output = model(img)
            loss = criterion(output, img)
        """,
    "autoencoder-in-a-training-loop-ok": """
        class Autoencoder(nn.Module):
            def __init__(self):
                super().__init__()
                self.encoder = nn.Sequential(nn.Conv2d(1, 16, 3, stride=2, padding=1), nn.ReLU())
                self.decoder = nn.Sequential(
                    nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1, output_padding=1), nn.Sigmoid())

            def forward(self, x):
                return self.decoder(self.encoder(x))

        model = Autoencoder()
        criterion = nn.MSELoss()
        for step in range(2):
            img = torch.rand(8, 1, 28, 28)
            output = model(img)
            loss = criterion(output, img)
        """,
    # The loop changes its own variable: its values are not the range's; nothing is claimed.
    "variable-changed-in-the-body": """
        model = nn.Sequential(nn.Linear(8, 32), nn.BatchNorm1d(32))
        X = torch.randn(65, 8)
        for i in range(0, 64, 16):
            i = i + 1
            out = model(X[i:i + 16])
        """,
    # Bounds that do not fold: not read (and no error claimed).
    "bounds-not-known": """
        import random
        model = nn.Sequential(nn.Linear(8, 32), nn.BatchNorm1d(32))
        X = torch.randn(65, 8)
        for i in range(0, random.choice([64, 65]), 16):
            out = model(X[i:i + 16])
        """,
    # A DataLoader over a TensorDataset: full batches, then what is left.
    "loader-last-batch-of-one": """
        from torch.utils.data import DataLoader, TensorDataset
        model = nn.Sequential(nn.Linear(20, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
        X = torch.randn(129, 20)
        y = X @ torch.randn(20, 1)
        loader = DataLoader(TensorDataset(X, y), batch_size=64, shuffle=True)
        for epoch in range(2):
            for xb, yb in loader:
                loss = nn.functional.mse_loss(model(xb), yb)
        """,
    "loader-drop-last": """
        from torch.utils.data import DataLoader, TensorDataset
        model = nn.Sequential(nn.Linear(20, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
        X = torch.randn(129, 20)
        loader = DataLoader(TensorDataset(X, torch.randn(129, 1)), batch_size=64, drop_last=True)
        for xb, yb in loader:
            out = model(xb)
        """,
    "loader-default-batch-of-one": """
        from torch.utils.data import DataLoader, TensorDataset
        model = nn.Sequential(nn.Linear(20, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
        dataset = TensorDataset(torch.randn(32, 20), torch.randn(32, 1))
        for xb, yb in DataLoader(dataset):
            out = model(xb)
        """,
    "loader-target-of-a-class-instance": """
        from torch.utils.data import DataLoader, TensorDataset


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.body = nn.Sequential(nn.Linear(14, 8), nn.ReLU(), nn.Linear(8, 1))

            def forward(self, x):
                return self.body(x)


        net, criterion = Net(), nn.BCEWithLogitsLoss()
        loader = DataLoader(TensorDataset(torch.randn(96, 14), torch.rand(96)), batch_size=32)
        for xb, yb in loader:
            loss = criterion(net(xb), yb)
        """,
    # Two batch sizes (16, then 1): what the instance returns differs from pass to pass, and
    # each pass's target matches its own output.
    "instance-in-a-batch-loop-of-two-sizes": """
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.body = nn.Sequential(nn.Linear(14, 8), nn.ReLU(), nn.Linear(8, 1))

            def forward(self, x):
                return self.body(x)


        net, criterion = Net(), nn.BCEWithLogitsLoss()
        X, y = torch.randn(65, 14), torch.rand(65, 1)
        for i in range(0, 65, 16):
            xb, yb = X[i:i + 16], y[i:i + 16]
            out = net(xb)
            loss = criterion(out, yb)
        """,
    # Batches picked by a shuffled index, reshuffled each epoch: X[perm[i:i + 32]].
    "shuffled-batches-flat-target": """
        model = nn.Sequential(nn.Linear(14, 8), nn.ReLU(), nn.Linear(8, 1))
        crit = nn.BCEWithLogitsLoss()
        X, y = torch.randn(256, 14), torch.rand(256)
        for epoch in range(2):
            perm = torch.randperm(256)
            for i in range(0, 256, 32):
                idx = perm[i:i + 32]
                xb, yb = X[idx], y[idx]
                loss = crit(model(xb), yb)
        """,
    "shuffled-batches-column-target": """
        model = nn.Sequential(nn.Linear(14, 8), nn.ReLU(), nn.Linear(8, 1))
        crit = nn.BCEWithLogitsLoss()
        X, y = torch.randn(256, 14), torch.rand(256, 1)
        for epoch in range(2):
            perm = torch.randperm(256)
            for i in range(0, 256, 32):
                idx = perm[i:i + 32]
                xb, yb = X[idx], y[idx]
                loss = crit(model(xb), yb)
        """,
    # Labels drawn by comparing two tensors: a bool tensor of their broadcast shape.
    "labels-from-a-comparison-flat": """
        model = nn.Sequential(nn.Linear(14, 8), nn.ReLU(), nn.Linear(8, 1))
        crit = nn.BCEWithLogitsLoss()
        X = torch.randn(256, 14)
        y = (torch.sigmoid(1.5 * X[:, 0] - X[:, 3]) > torch.rand(256)).float()
        for i in range(0, 256, 32):
            loss = crit(model(X[i:i + 32]), y[i:i + 32])
        """,
    "labels-from-a-comparison-column": """
        model = nn.Sequential(nn.Linear(14, 8), nn.ReLU(), nn.Linear(8, 1))
        crit = nn.BCEWithLogitsLoss()
        X = torch.randn(256, 14)
        y = (torch.sigmoid(X[:, :1]) > torch.rand(256, 1)).float()
        for i in range(0, 256, 32):
            loss = crit(model(X[i:i + 32]), y[i:i + 32])
        """,
    # Batches listed in the source, read item by item: for i, (x, y) in enumerate(batches).
    "listed-batches-enumerated": """
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc1 = nn.Linear(20, 16)
                self.fc2 = nn.Linear({width}, 3)

            def forward(self, x):
                return self.fc2(torch.relu(self.fc1(x)))


        net, crit = Net(), nn.CrossEntropyLoss()
        batches = [(torch.randn(4, 20), torch.randint(0, 3, (4,))) for _ in range(2)]
        for i, (inputs, labels) in enumerate(batches):
            loss = crit(net(inputs), labels)
        """,
    "listed-batches-written-out": """
        model, crit = nn.Sequential(nn.Linear(20, 3)), nn.CrossEntropyLoss()
        for x, y in [(torch.randn(4, 20), torch.randint(0, 3, (4,))), (torch.randn(2, 20), torch.randint(0, 3, ({rows},)))]:
            loss = crit(model(x), y)
        """,
    # range(0): the loop never runs, whatever its items are.
    "listed-batches-none": """
        model = nn.Sequential(nn.Linear({width}, 3))
        batches = [torch.randn(4, 20) for _ in range(0)]
        for x in batches:
            out = model(x)
        """,
    # A helper of the module makes each batch: its default, a name bound twice, a tuple returned.
    "helper-batch-unpacked-in-the-loop": """
        import torch.nn.functional as F


        def get_batch(batch_size=32):
            x = torch.rand(batch_size, 1, 12, 12)
            x = (x - 0.1307) / 0.3081
            y = torch.randint(0, 10, (batch_size,))
            return x, y


        model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * {width} * {width}, 10))
        for it in range(2):
            x, y = get_batch()
            loss = F.cross_entropy(model(x), y)
        """,
    "helper-batch-indexed": """
        def fake_batch(n):
            imgs = torch.randn(n, 6)
            tags = torch.randint(0, 2, (n, 1)).float()
            return imgs, tags


        model = nn.Sequential(nn.Linear(6, {width}))
        probs = torch.sigmoid(model(fake_batch(2)[0]))
        loss = nn.BCEWithLogitsLoss()(model(fake_batch(2)[0]), fake_batch(2)[1])
        """,
    "helper-with-a-number": """
        def load_scans(n):
            gray = torch.rand(n, 1, 16, 16)
            img = gray
            return (img - 0.5) / 0.25


        model = nn.Sequential(nn.Conv2d({width}, 4, 3), nn.ReLU())
        out = model(load_scans(4))
        """,
    # len(X) of a tensor: its first size (torch.randperm(len(X)), range(0, len(X), 100)).
    "length-of-a-tensor": """
        model = nn.Sequential(nn.Linear({width}, 1))
        X = torch.randn(200, 13)
        for epoch in range(2):
            perm = torch.randperm(len(X))
            for i in range(0, len(X), 100):
                idx = perm[i:i + 100]
                pred = model(X[idx])
        """,
    "byte-images-divided": """
        model = nn.Sequential(nn.Conv2d({width}, 8, 3), nn.ReLU())
        raw = torch.randint(0, 256, (2, 16, 16, 3), dtype=torch.uint8)
        out = model(raw.float().div(255.0).permute(0, 3, 1, 2))
        """,
    # A pass that may end early, or a call made only in some passes: only the first pass is
    # certain (65 samples by 16 would leave a batch of one for the BatchNorm).
    "a-break-after-the-first-batch": """
        model = nn.Sequential(nn.Linear(8, 4), nn.BatchNorm1d(4))
        X = torch.randn(65, 8)
        for i in range(0, 65, 16):
            out = model(X[i:i + 16])
            if i == 0:
                break
        """,
    "a-call-made-in-some-passes": """
        model = nn.Sequential(nn.Linear(8, 4), nn.BatchNorm1d(4))
        X = torch.randn(65, 8)
        for i in range(0, 65, 16):
            xb = X[i:i + 16]
            if xb.size(0) > 1:
                out = model(xb)
        """,
    "an-enumerated-loader-that-breaks": """
        from torch.utils.data import DataLoader, TensorDataset

        model = nn.Sequential(nn.Linear(8, 4), nn.BatchNorm1d(4))
        loader = DataLoader(TensorDataset(torch.randn(65, 8)), batch_size=16)
        for step, (xb,) in enumerate(loader):
            out = model(xb)
            if step == 1:
                break
        """,
    "an-enumerated-loader": """
        from torch.utils.data import DataLoader, TensorDataset

        model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.MaxPool2d(2), nn.Flatten(), nn.Linear({width}, 10))
        loader = DataLoader(TensorDataset(torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))), batch_size=16)
        for step, (xb, yb) in enumerate(loader):
            loss = nn.functional.cross_entropy(model(xb), yb)
        """,
    # The TensorDataset made by a helper of the module (its defaults, numpy data, axis=).
    "a-dataset-made-by-a-helper": """
        import numpy as np
        from torch.utils.data import DataLoader, TensorDataset


        def make_dataset(n_rows={rows}, n_cols=8, seed=0):
            rng = np.random.RandomState(seed)
            X = rng.rand(n_rows, n_cols).astype(np.float32)
            y = (X.sum(axis=1) > n_cols / 2).astype(np.int64)
            return TensorDataset(torch.from_numpy(X), torch.from_numpy(y))


        model = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2))
        for xb, yb in DataLoader(make_dataset(), batch_size=16, shuffle=True):
            loss = nn.functional.cross_entropy(model(xb), yb)
        """,
    "shuffled-batches-last-of-one": """
        model = nn.Sequential(nn.Linear(14, 8), nn.BatchNorm1d(8), nn.Linear(8, 1))
        X = torch.randn(65, 14)
        perm = torch.randperm(65)
        for i in range(0, 65, 16):
            out = model(X[perm[i:i + 16]])
        """,
}


def _errors(text: str, path: str) -> set[int]:
    report = check_source(text, path)
    return {d.span.line for d in report.diagnostics if d.severity == "error"}


# Programs written with a size left open: (the right one, a wrong one).
SIZES = {"listed-batches-enumerated": ("width", 16, 12), "listed-batches-written-out": ("rows", 2, 3),
         "listed-batches-none": ("width", 20, 12), "helper-batch-unpacked-in-the-loop": ("width", 10, 9),
         "helper-batch-indexed": ("width", 1, 3), "helper-with-a-number": ("width", 1, 3),
         "length-of-a-tensor": ("width", 13, 12), "byte-images-divided": ("width", 3, 16),
         "an-enumerated-loader": ("width", 8 * 14 * 14, 8 * 7 * 7), "a-dataset-made-by-a-helper": ("rows", 64, 65)}
CASES = [(name, None) for name in PROGRAMS if name not in SIZES] + \
    [(name, value) for name, (_, *values) in SIZES.items() for value in values]


@pytest.mark.parametrize("name, size", CASES)
def test_batch_loops_agree_with_torch(name, size, tmp_path):
    program = textwrap.dedent(PROGRAMS[name]).lstrip("\n")
    text = HEAD + (program.replace("{" + SIZES[name][0] + "}", str(size)) if name in SIZES else program)
    path = str(tmp_path / f"{name}.py")
    truth = run_program(text, path)
    errors = _errors(text, path)
    if name in SIZES:  # each case stays what it was written to be: the wrong size raises, if run
        assert (truth.error is not None) == (size != SIZES[name][1] and name != "listed-batches-none"), truth.error
    if truth.error is None:
        assert not errors, f"torch runs it; seqlint claims errors at {errors}"
    elif name not in ("variable-changed-in-the-body", "bounds-not-known"):
        assert errors == {truth.error_line}, f"torch raises at line {truth.error_line} ({truth.error})"
    else:
        assert not errors  # not read: quiet, whatever torch does


def test_the_first_batch_is_the_shape_reported(tmp_path):
    text = HEAD + textwrap.dedent(PROGRAMS["last-batch-of-one-in-eval"]).lstrip("\n")
    report = check_source(text, str(tmp_path / "m.py"))
    assert report.models[0]["input_shape"] == [16, 8]
    assert report.models[0]["output_shape"] == [16, 1]


NESTED = """
encoder = nn.Sequential(nn.Linear(8, 4), nn.ReLU())
decoder = nn.Sequential(nn.Linear(4, 8))
autoencoder = nn.Sequential(encoder, decoder)
X = torch.randn(32, 8)
{first}
{second}
"""


@pytest.mark.parametrize("outer_first", [True, False])
def test_a_nested_model_is_described_by_its_first_call(outer_first, tmp_path):
    """``encoder`` runs first inside ``autoencoder`` (batches of 16), then on its own (4
    rows), or the other way round: its shapes are those of whichever call torch runs first."""
    calls = ["for i in range(0, 32, 16):\n    out = autoencoder(X[i:i + 16])", "codes = encoder(X[:4])"]
    first, second = calls if outer_first else calls[::-1]
    text = HEAD + textwrap.dedent(NESTED).lstrip("\n").format(first=first, second=second)
    path = str(tmp_path / "m.py")
    truth = run_program(text, path)
    encoder_line = text.splitlines().index("encoder = nn.Sequential(nn.Linear(8, 4), nn.ReLU())") + 1
    described = {m["line"]: m["output_shape"] for m in check_source(text, path).models}
    assert described[encoder_line] == truth.outputs[encoder_line] == ([16, 4] if outer_first else [4, 4])
