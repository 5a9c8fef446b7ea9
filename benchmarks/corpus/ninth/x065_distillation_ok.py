import torch
import torch.nn as nn
import torch.nn.functional as F


def make_cnn(widths, num_classes=10):
    layers, c_in = [], 3
    for w in widths:
        layers += [nn.Conv2d(c_in, w, 3, padding=1), nn.BatchNorm2d(w), nn.ReLU(), nn.MaxPool2d(2)]
        c_in = w
    layers += [nn.Flatten(), nn.Linear(c_in * (32 // 2 ** len(widths)) ** 2, num_classes)]
    return nn.Sequential(*layers)


teacher = make_cnn([32, 64, 128])
student = make_cnn([8, 16])


def distillation_loss(student_logits, teacher_logits, labels, T=4.0, alpha=0.7):
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1),
                    F.softmax(teacher_logits / T, dim=1), reduction="batchmean") * (T * T)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * soft + (1 - alpha) * hard


optimizer = torch.optim.Adam(student.parameters(), lr=1e-3)
x = torch.randn(8, 3, 32, 32)
y = torch.randint(0, 10, (8,))
teacher.eval()
student.train()
for _ in range(2):
    with torch.no_grad():
        t_logits = teacher(x)
    s_logits = student(x)
    loss = distillation_loss(s_logits, t_logits, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(loss.item())
