import random
from collections import deque, namedtuple

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

Transition = namedtuple('Transition', ('state', 'action', 'next_state', 'reward', 'done'))

BATCH_SIZE = 32
GAMMA = 0.99
TAU = 0.005
LR = 1e-4
N_OBSERVATIONS = 4   # CartPole-v1
N_ACTIONS = 2

random.seed(0)
torch.manual_seed(0)


class ReplayMemory(object):
    def __init__(self, capacity):
        self.memory = deque([], maxlen=capacity)

    def push(self, *args):
        self.memory.append(Transition(*args))

    def sample(self, batch_size):
        return random.sample(self.memory, batch_size)

    def __len__(self):
        return len(self.memory)


class DQN(nn.Module):
    def __init__(self, n_observations, n_actions):
        super(DQN, self).__init__()
        self.layer1 = nn.Linear(n_observations, 128)
        self.layer2 = nn.Linear(128, 128)
        self.layer3 = nn.Linear(128, n_actions)

    def forward(self, x):
        x = F.relu(self.layer1(x))
        x = F.relu(self.layer2(x))
        return self.layer3(x)


policy_net = DQN(N_OBSERVATIONS, N_ACTIONS)
target_net = DQN(N_OBSERVATIONS, N_ACTIONS)
target_net.load_state_dict(policy_net.state_dict())
optimizer = optim.AdamW(policy_net.parameters(), lr=LR, amsgrad=True)
memory = ReplayMemory(10000)

# fill the buffer with random-policy experience instead of a gym env
for _ in range(200):
    state = torch.randn(1, N_OBSERVATIONS)
    action = torch.tensor([[random.randrange(N_ACTIONS)]], dtype=torch.long)
    next_state = torch.randn(1, N_OBSERVATIONS)
    reward = torch.tensor([1.0])
    done = torch.tensor([float(random.random() < 0.05)])
    memory.push(state, action, next_state, reward, done)


def optimize_model():
    transitions = memory.sample(BATCH_SIZE)
    batch = Transition(*zip(*transitions))
    state_batch = torch.cat(batch.state)
    action_batch = torch.cat(batch.action)
    reward_batch = torch.cat(batch.reward)
    next_state_batch = torch.cat(batch.next_state)
    done_batch = torch.cat(batch.done)

    state_action_values = policy_net(state_batch).gather(1, action_batch)
    with torch.no_grad():
        next_state_values = target_net(next_state_batch).max(1).values
    expected_state_action_values = reward_batch + GAMMA * next_state_values * (1 - done_batch)

    criterion = nn.SmoothL1Loss()
    loss = criterion(state_action_values, expected_state_action_values.unsqueeze(1))
    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_value_(policy_net.parameters(), 100)
    optimizer.step()
    return loss.item()


for step in range(3):
    loss = optimize_model()
    # soft update of the target network's weights
    target_sd, policy_sd = target_net.state_dict(), policy_net.state_dict()
    for key in policy_sd:
        target_sd[key] = policy_sd[key] * TAU + target_sd[key] * (1 - TAU)
    target_net.load_state_dict(target_sd)
    print(f"step {step}: loss {loss:.4f}")
