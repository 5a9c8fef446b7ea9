import torch
import torch.nn as nn
import torch.nn.functional as F

EMBED_DIM = 64
MARGIN = 2.0
BATCH = 16
IMG = 100   # AT&T faces resized to 100x100


class SiameseNetwork(nn.Module):
    def __init__(self):
        super(SiameseNetwork, self).__init__()
        self.cnn1 = nn.Sequential(
            nn.ReflectionPad2d(1),
            nn.Conv2d(1, 8, kernel_size=3),
            nn.ReLU(inplace=True),
            nn.BatchNorm2d(8),

            nn.ReflectionPad2d(1),
            nn.Conv2d(8, 16, kernel_size=3),
            nn.ReLU(inplace=True),
            nn.BatchNorm2d(16),
            nn.MaxPool2d(2),

            nn.ReflectionPad2d(1),
            nn.Conv2d(16, 16, kernel_size=3),
            nn.ReLU(inplace=True),
            nn.BatchNorm2d(16),
            nn.MaxPool2d(2),
        )
        self.fc1 = nn.Sequential(
            nn.Linear(16 * 25 * 25, 256),
            nn.ReLU(inplace=True),
            nn.Linear(256, EMBED_DIM),
        )

    def forward_once(self, x):
        output = self.cnn1(x)
        output = output.view(-1)
        output = self.fc1(output)
        return output

    def forward(self, input1, input2):
        return self.forward_once(input1), self.forward_once(input2)


class ContrastiveLoss(torch.nn.Module):
    def __init__(self, margin=2.0):
        super(ContrastiveLoss, self).__init__()
        self.margin = margin

    def forward(self, output1, output2, label):
        euclidean_distance = F.pairwise_distance(output1, output2, keepdim=True)
        loss_contrastive = torch.mean((1 - label) * torch.pow(euclidean_distance, 2) +
                                      label * torch.pow(torch.clamp(self.margin - euclidean_distance, min=0.0), 2))
        return loss_contrastive


net = SiameseNetwork()
criterion = ContrastiveLoss(MARGIN)
optimizer = torch.optim.Adam(net.parameters(), lr=0.0005)

img0 = torch.rand(BATCH, 1, IMG, IMG)
img1 = torch.rand(BATCH, 1, IMG, IMG)
label = torch.randint(0, 2, (BATCH, 1)).float()   # 1 = different person

for epoch in range(2):
    net.train()
    optimizer.zero_grad()
    output1, output2 = net(img0, img1)
    loss_contrastive = criterion(output1, output2, label)
    loss_contrastive.backward()
    optimizer.step()
    print("Epoch number {}\n Current loss {}\n".format(epoch, loss_contrastive.item()))
