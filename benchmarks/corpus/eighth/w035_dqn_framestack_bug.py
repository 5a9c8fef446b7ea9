import torch
import torch.nn as nn


class DQN(nn.Module):
    """Nature-DQN network for Atari (Mnih et al., 2015)."""

    def __init__(self, in_channels=3, n_actions=6):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(in_channels, 32, kernel_size=8, stride=4),
            nn.ReLU(),
            nn.Conv2d(32, 64, kernel_size=4, stride=2),
            nn.ReLU(),
            nn.Conv2d(64, 64, kernel_size=3, stride=1),
            nn.ReLU(),
        )
        self.fc = nn.Sequential(
            nn.Linear(64 * 7 * 7, 512),
            nn.ReLU(),
            nn.Linear(512, n_actions),
        )

    def forward(self, x):
        x = x.float() / 255.0
        x = self.conv(x)
        return self.fc(x.view(x.size(0), -1))


policy_net = DQN(n_actions=6)
# 4 stacked grayscale 84x84 frames per state
state = torch.randint(0, 256, (32, 4, 84, 84), dtype=torch.uint8)
q_values = policy_net(state)
action = q_values.argmax(dim=1)
print(action.shape)
