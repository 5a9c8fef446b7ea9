"""seqlint: a static shape checker for PyTorch ``nn.Sequential`` models."""

__version__ = "0.1.0"
