# CNN built from a config dict (hydra-style); classifier size computed by hand
import torch
import torch.nn as nn

config = {
    "channels": [3, 32, 64, 128],
    "kernel": 3,
    "img_size": 64,
    "num_classes": 10,
    "dropout": 0.2,
}


def build_model(cfg):
    layers = []
    ch = cfg["channels"]
    for i in range(len(ch) - 1):
        layers += [nn.Conv2d(ch[i], ch[i + 1], cfg["kernel"], padding=cfg["kernel"] // 2),
                   nn.ReLU(), nn.MaxPool2d(2)]
    feat = ch[-1] * (cfg["img_size"] // 4) ** 2
    layers += [nn.Flatten(), nn.Dropout(cfg["dropout"]), nn.Linear(feat, cfg["num_classes"])]
    return nn.Sequential(*layers)


model = build_model(config)
x = torch.randn(8, 3, config["img_size"], config["img_size"])
print(model(x).shape)
