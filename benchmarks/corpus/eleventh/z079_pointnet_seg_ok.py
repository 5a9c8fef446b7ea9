import torch
import torch.nn as nn
import torch.nn.functional as F

NUM_POINTS = 512
NUM_PARTS = 6      # part labels for one ShapeNet category
BATCH = 4
torch.manual_seed(0)


class PointNetSeg(nn.Module):
    def __init__(self, num_classes, in_dim=3):
        super(PointNetSeg, self).__init__()
        self.conv1 = nn.Conv1d(in_dim, 64, 1)
        self.conv2 = nn.Conv1d(64, 128, 1)
        self.conv3 = nn.Conv1d(128, 512, 1)
        self.bn1 = nn.BatchNorm1d(64)
        self.bn2 = nn.BatchNorm1d(128)
        self.bn3 = nn.BatchNorm1d(512)
        self.seg_head = nn.Sequential(
            nn.Conv1d(64 + 512, 256, 1), nn.BatchNorm1d(256), nn.ReLU(),
            nn.Conv1d(256, 128, 1), nn.BatchNorm1d(128), nn.ReLU(),
            nn.Conv1d(128, num_classes, 1),
        )

    def forward(self, x):
        # x: (B, 3, N)
        n_pts = x.size(2)
        x = F.relu(self.bn1(self.conv1(x)))
        point_feat = x
        x = F.relu(self.bn2(self.conv2(x)))
        x = self.bn3(self.conv3(x))
        global_feat = torch.max(x, 2, keepdim=True)[0]     # (B, 512, 1)
        global_feat = global_feat.repeat(1, 1, n_pts)
        x = torch.cat([point_feat, global_feat], 1)
        x = self.seg_head(x)
        x = x.transpose(2, 1).contiguous()
        return F.log_softmax(x, dim=-1)                     # (B, N, num_classes)


def normalize_point_cloud(pc):
    pc = pc - pc.mean(dim=1, keepdim=True)
    return pc / pc.norm(dim=-1).amax(dim=1, keepdim=True)[..., None]


points = normalize_point_cloud(torch.randn(BATCH, NUM_POINTS, 3))
target = torch.randint(0, NUM_PARTS, (BATCH, NUM_POINTS))

classifier = PointNetSeg(NUM_PARTS)
optimizer = torch.optim.Adam(classifier.parameters(), lr=0.001, betas=(0.9, 0.999))

classifier.train()
points = points.transpose(2, 1)
pred = classifier(points)
pred = pred.view(-1, NUM_PARTS)
loss = F.nll_loss(pred, target.view(-1))
optimizer.zero_grad()
loss.backward()
optimizer.step()
pred_choice = pred.argmax(1)
correct = pred_choice.eq(target.view(-1)).sum().item()
print('train loss: %f accuracy: %f' % (loss.item(), correct / float(BATCH * NUM_POINTS)))
