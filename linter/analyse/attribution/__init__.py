"""Attribution: who said what, found once per article (see frames.find_frames)."""

from .frames import find_frames

__all__ = ["find_frames"]
