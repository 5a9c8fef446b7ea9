import torch
import torch.nn as nn

NUM_CLASSES = 101   # UCF101
CLIP_LEN = 8        # frames per clip
CROP_SIZE = 56
BATCH = 2


class C3D(nn.Module):
    """
    A slimmed-down C3D for short clips.
    Input: (batch, channels, frames, height, width)
    """

    def __init__(self, num_classes):
        super(C3D, self).__init__()
        self.conv1 = nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool1 = nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2))

        self.conv2 = nn.Conv3d(16, 32, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool2 = nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2))

        self.conv3a = nn.Conv3d(32, 64, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.conv3b = nn.Conv3d(64, 64, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool3 = nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2))

        self.conv4a = nn.Conv3d(64, 128, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.conv4b = nn.Conv3d(128, 128, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool4 = nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2))

        self.fc6 = nn.Linear(128 * 1 * 3 * 3, 512)
        self.fc7 = nn.Linear(512, 512)
        self.fc8 = nn.Linear(512, num_classes)

        self.dropout = nn.Dropout(p=0.5)
        self.relu = nn.ReLU()

    def forward(self, x):
        x = self.relu(self.conv1(x))
        x = self.pool1(x)
        x = self.relu(self.conv2(x))
        x = self.pool2(x)
        x = self.relu(self.conv3a(x))
        x = self.relu(self.conv3b(x))
        x = self.pool3(x)
        x = self.relu(self.conv4a(x))
        x = self.relu(self.conv4b(x))
        x = self.pool4(x)

        x = x.view(-1, 128 * 1 * 3 * 3)
        x = self.relu(self.fc6(x))
        x = self.dropout(x)
        x = self.relu(self.fc7(x))
        x = self.dropout(x)
        return self.fc8(x)


model = C3D(num_classes=NUM_CLASSES)
model.eval()

clips = torch.rand(BATCH, 3, CLIP_LEN, CROP_SIZE, CROP_SIZE)
with torch.no_grad():
    logits = model(clips)
    probs = nn.Softmax(dim=1)(logits)
    top5 = probs.topk(5, dim=1)
print("top-5 classes per clip:", top5.indices.tolist())
