from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

NUM_CLASSES = 21   # Pascal VOC
BATCH = 2
H, W = 120, 160


def stage(in_ch, out_ch):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, stride=2, padding=1, bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU(inplace=True),
        nn.Conv2d(out_ch, out_ch, 3, padding=1, bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU(inplace=True),
    )


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer1 = stage(3, 32)
        self.layer2 = stage(32, 64)
        self.layer3 = stage(64, 128)

    def forward(self, x):
        out = OrderedDict()
        x = self.layer2(self.layer1(x))
        out["aux"] = x
        out["out"] = self.layer3(x)
        return out


class FCNHead(nn.Sequential):
    def __init__(self, in_channels, channels):
        inter_channels = in_channels // 4
        layers = [
            nn.Conv2d(in_channels, inter_channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(inter_channels),
            nn.ReLU(),
            nn.Dropout(0.1),
            nn.Conv2d(inter_channels, channels, 1),
        ]
        super().__init__(*layers)


class SimpleFCN(nn.Module):
    def __init__(self, backbone, classifier, aux_classifier=None):
        super().__init__()
        self.backbone = backbone
        self.classifier = classifier
        self.aux_classifier = aux_classifier

    def forward(self, x):
        input_shape = x.shape[-2:]
        features = self.backbone(x)
        result = OrderedDict()
        x = self.classifier(features["out"])
        x = F.interpolate(x, size=input_shape, mode="bilinear", align_corners=False)
        result["out"] = x
        if self.aux_classifier is not None:
            x = self.aux_classifier(features["aux"])
            x = F.interpolate(x, size=input_shape, mode="bilinear", align_corners=False)
            result["aux"] = x
        return result


model = SimpleFCN(Backbone(), FCNHead(128, NUM_CLASSES), FCNHead(64, NUM_CLASSES))
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=1e-4)
criterion = nn.CrossEntropyLoss(ignore_index=255)

images = torch.randn(BATCH, 3, H, W)
masks = torch.randint(0, NUM_CLASSES, (BATCH, H, W))
masks[:, :4, :] = 255   # void border

model.train()
output = model(images)
loss = criterion(output["out"], masks) + 0.5 * criterion(output["aux"], masks)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(f"loss {loss.item():.4f}", tuple(output["out"].shape))
