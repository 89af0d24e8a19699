package dev.frontline.conversations;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
