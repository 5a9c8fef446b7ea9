"""Dummy inputs built by comprehensions (``torch.stack([torch.rand(3, 48, 48) for _ in
range(10)])``), lists of tensors stacked or concatenated, and element-wise torch functions of
a dummy: programs run under torch and through seqlint."""

import pytest

from tests.test_forward_flow import agree, errors_of

FRAMES = """
net = nn.Sequential(nn.Conv3d(3, 8, 3, padding=1), nn.ReLU())
frames = [torch.rand(3, 16, 16) for _ in range({count})]
video = torch.stack(frames{dim}).unsqueeze(0)
net(video)
"""


@pytest.mark.parametrize("count, dim, bug", [(4, ", dim=1", False), (4, "", True), (3, "", False)])
def test_a_list_built_by_a_comprehension_then_stacked(count, dim, bug):
    agree(FRAMES.format(count=count, dim=dim), bug)


WAVES = """
net = nn.Sequential(nn.Conv1d(1, 4, 9, stride=4), nn.ReLU())
t = torch.arange(400) / 400
clips = torch.stack([torch.sin(2 * 3.14159 * f * t) for f in (110.0, 220.0, 330.0)]){fix}
net(clips)
"""


@pytest.mark.parametrize("fix, bug", [("", True), (".unsqueeze(1)", False)])
def test_a_comprehension_over_numbers_its_variable_in_the_element(fix, bug):
    agree(WAVES.format(fix=fix), bug)


def test_items_whose_shape_follows_the_variable_are_read_one_by_one():
    agree("""
    net = nn.Sequential(nn.Linear(6, 2))
    x = torch.cat([torch.randn(2, n) for n in range(1, 4)], dim=1)
    net(x)
    """, False)
    # Stacking them raises in torch; a dummy torch rejects is not read (no input known).
    source = """
    net = nn.Sequential(nn.Linear(6, 2))
    x = torch.stack([torch.randn(2, n) for n in range(1, 4)], dim=1)
    net(x)
    """
    with pytest.raises(AssertionError, match="found nothing"):
        agree(source, True)


def test_a_list_changed_after_it_is_built_is_not_read():
    report = agree("""
    net = nn.Sequential(nn.Conv2d(4, 8, 3))
    frames = [torch.rand(3, 8, 8) for _ in range(3)]
    frames.append(torch.rand(3, 8, 8))
    net(torch.stack(frames, dim=1))
    """, False)
    assert errors_of(report) == []


def test_a_list_handed_to_other_code_is_not_read():
    report = agree("""
    def more(items):
        items.append(torch.rand(3, 8, 8))


    net = nn.Sequential(nn.Conv2d(4, 8, 3))
    frames = [torch.rand(3, 8, 8) for _ in range(3)]
    more(frames)
    net(torch.stack(frames, dim=1))
    """, False)
    assert errors_of(report) == []


CAT = """
net = nn.Sequential(nn.Linear(12, 2))
x = torch.cat([torch.randn(5, 4) for _ in range({count})], dim=1)
net(x)
"""


@pytest.mark.parametrize("count, bug", [(3, False), (2, True)])
def test_a_comprehension_concatenated(count, bug):
    agree(CAT.format(count=count), bug)


PREPROCESSED = """
def preprocess(waveform):
    \"\"\"Downmix to mono and peak-normalize.\"\"\"
    waveform = waveform.mean(dim=1{keep})
    return waveform / waveform.abs().amax(dim=-1, keepdim=True).clamp(min=1e-8)


net = nn.Sequential(nn.Conv1d(1, 4, 80, stride=16), nn.ReLU())
batch = torch.randn(8, 2, 8000)
for step in range(2):
    data = preprocess(batch)
    out = net(data)
"""


@pytest.mark.parametrize("keep, bug", [("", True), (", keepdim=True", False)])
def test_a_dummy_made_by_a_helper_function(keep, bug):
    """A function of the module made of assignments and a return: its result for the
    tensor passed (stereo audio downmixed without keepdim loses the channel dim)."""
    agree(PREPROCESSED.format(keep=keep), bug)


@pytest.mark.parametrize("resize, bug", [
    ("size=(32, 32)", False), ("size=31", True), ("scale_factor=1 / 3", False), ("scale_factor=0.33", True),
    ("scale_factor=(0.5, 1 / 3)", True),
])
def test_a_dummy_resized_by_interpolate(resize, bug):
    """Low-resolution inputs made from high-resolution ones: F.interpolate's size, or its
    scale factor's product floored."""
    agree(f"""
model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.Flatten(), nn.Linear(8 * 32 * 32, 10))
hr = torch.rand(4, 1, 96, 96)
lr = F.interpolate(hr, {resize}, mode="bilinear", align_corners=False).clamp(0, 1)
out = model(lr)
""", bug)
