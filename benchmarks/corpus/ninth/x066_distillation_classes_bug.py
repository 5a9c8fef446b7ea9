import torch
import torch.nn as nn
import torch.nn.functional as F


class Teacher(nn.Module):
    def __init__(self, num_classes=100):
        super().__init__()
        self.body = nn.Sequential(
            nn.Linear(3 * 32 * 32, 1024), nn.ReLU(),
            nn.Linear(1024, 512), nn.ReLU(),
        )
        self.head = nn.Linear(512, num_classes)

    def forward(self, x):
        return self.head(self.body(x.flatten(1)))


class Student(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 128), nn.ReLU(), nn.Linear(128, num_classes))

    def forward(self, x):
        return self.net(x)


teacher, student = Teacher(), Student()
teacher.eval()
kd_criterion = nn.KLDivLoss(reduction="batchmean")
optimizer = torch.optim.SGD(student.parameters(), lr=0.01, momentum=0.9)
T = 2.0

inputs = torch.randn(4, 3, 32, 32)
labels = torch.tensor([2, 7, 1, 9])
with torch.no_grad():
    teacher_out = teacher(inputs)
student_out = student(inputs)
loss_kd = kd_criterion(F.log_softmax(student_out / T, dim=1), F.softmax(teacher_out / T, dim=1))
loss = 0.9 * loss_kd * T * T + 0.1 * F.cross_entropy(student_out, labels)
loss.backward()
optimizer.step()
