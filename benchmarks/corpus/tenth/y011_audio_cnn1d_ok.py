import torch
import torch.nn as nn


def conv_bn(in_ch, out_ch, k, stride=1):
    return nn.Sequential(
        nn.Conv1d(in_ch, out_ch, kernel_size=k, stride=stride, padding=k // 2),
        nn.BatchNorm1d(out_ch),
        nn.ReLU(inplace=True),
    )


audio_net = nn.Sequential(
    conv_bn(1, 32, 9, stride=4),
    nn.MaxPool1d(4),
    conv_bn(32, 64, 5),
    nn.MaxPool1d(4),
    conv_bn(64, 128, 3),
    nn.MaxPool1d(4),
    conv_bn(128, 128, 3),
    nn.AdaptiveAvgPool1d(1),
    nn.Flatten(),
    nn.Linear(128, 35),
)

waveform = torch.randn(4, 1, 16000)
logits = audio_net(waveform)
log_probs = nn.functional.log_softmax(logits, dim=-1)
targets = torch.randint(0, 35, (4,))
loss = nn.NLLLoss()(log_probs, targets)
