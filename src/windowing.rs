//! Windowed lists: a long list renders only the items around the viewport.
//!
//! Up to [`WINDOWED_FROM`] items a list is all in the page, so find-in-page and printing see
//! everything. Beyond, only [`WINDOW`] items around the viewport are rendered, and padding above
//! and below stands for the rest at the average distance from one rendered item to the next: the
//! scroll bar keeps the whole list's length while the DOM holds a few screens, at 100,000 items as
//! at 100. Items are addressed by position in the list; [`Window::reveal`] brings one into the
//! window, for links and keyboard moves to an item far away.

use std::ops::Range;

use leptos::html::Ol;
use leptos::prelude::*;

/// The most items shown all at once.
const WINDOWED_FROM: usize = 60;
/// How many items a window renders: a few screens, even of short items on a tall display (16
/// from the top of the viewport down: 2,400 px of 150 px cards, a 1,440 px display and more).
/// Each filter change renders a new window, so every item here costs at every click: 30 made a
/// switch back to the quotes of 10,000 cost 16.1 ms, 24 makes it about 14.
const WINDOW: usize = 24;
/// Items kept rendered above the first one in view.
const ABOVE: usize = 8;
/// Until items are measured: a typical item and the gap after it, in CSS pixels.
const ESTIMATED_STRIDE: f64 = 200.0;

/// Which items of a list of `len` are rendered, and the padding that stands for the others.
#[derive(Clone, Copy)]
pub struct Window {
    /// The list element, measured when the page scrolls.
    pub list: NodeRef<Ol>,
    /// The positions rendered.
    pub shown: Memo<Range<usize>>,
    len: Signal<usize>,
    first: RwSignal<usize>,
    stride: StoredValue<f64>,
    /// Set by [`Window::reveal`] until the next animation frame: scroll events dispatched before
    /// then describe the page before the reveal, and would move the window back.
    revealing: StoredValue<bool>,
}

impl Window {
    /// A window over a list of `len` items that follows the page's scrolling.
    pub fn new(len: Signal<usize>) -> Window {
        let first = RwSignal::new(0usize);
        let shown = Memo::new(move |_| {
            let len = len.get();
            if len <= WINDOWED_FROM {
                return 0..len;
            }
            let start = first.get().min(len - WINDOW);
            start..start + WINDOW
        });
        let window = Window {
            list: NodeRef::new(),
            shown,
            len,
            first,
            stride: StoredValue::new(ESTIMATED_STRIDE),
            revealing: StoredValue::new(false),
        };
        let scrolling = window_event_listener(leptos::ev::scroll, move |_| window.follow_scroll());
        let resizing = window_event_listener(leptos::ev::resize, move |_| window.follow_scroll());
        on_cleanup(move || {
            scrolling.remove();
            resizing.remove();
        });
        window
    }

    /// Renders the items around `position`, which the caller scrolls to in the next animation
    /// frame, once it is rendered; for `None`, the top of the list, scrolled to if the page is
    /// past it and the list is windowed (a reader far down a long list who picks a filter would
    /// otherwise face the padding that stands for items no longer rendered).
    pub fn reveal(&self, position: Option<usize>) {
        self.first.set(position.map_or(0, |p| p.saturating_sub(ABOVE)));
        self.revealing.set_value(true);
        let (revealing, list) = (self.revealing, self.list);
        let to_top = position.is_none() && self.len.get_untracked() > WINDOWED_FROM;
        request_animation_frame(move || {
            // `set_value` on a disposed value (the list is gone by then) does nothing.
            revealing.set_value(false);
            let list = list.try_get_untracked().flatten().filter(|_| to_top);
            if let Some(list) = list.filter(|list| list.get_bounding_client_rect().top() < 0.0) {
                list.scroll_into_view();
            }
        });
    }

    /// Whether `position` is rendered.
    pub fn is_shown(&self, position: usize) -> bool {
        self.shown.with_untracked(|shown| shown.contains(&position))
    }

    /// The padding above the rendered items, as a CSS length.
    pub fn padding_above(&self) -> String {
        self.padding(self.shown.with(|s| s.start))
    }

    /// The padding below the rendered items, as a CSS length.
    pub fn padding_below(&self) -> String {
        self.padding(self.len.get() - self.shown.with(|s| s.end))
    }

    fn padding(&self, items: usize) -> String {
        format!("{}px", items as f64 * self.stride.get_value())
    }

    /// Moves the window to the item at the top of the viewport, measuring the items first.
    fn follow_scroll(&self) {
        let Some(list) = self.list.get_untracked() else { return };
        let shown = self.shown.get_untracked();
        if self.len.get_untracked() <= WINDOWED_FROM || shown.len() < 2 || self.revealing.get_value() {
            return;
        }
        let (Some(first), Some(last)) = (list.first_element_child(), list.last_element_child()) else { return };
        let first_top = first.get_bounding_client_rect().top();
        let span = last.get_bounding_client_rect().top() - first_top;
        if span > 0.0 {
            self.stride.set_value(span / (shown.len() - 1) as f64);
        }
        // Counted from the first rendered item, not from the list's top: the padding above was
        // drawn with the stride as it was then, and the one just measured may differ.
        let at_top = shown.start as f64 - first_top / self.stride.get_value();
        let wanted = (at_top.max(0.0) as usize).saturating_sub(ABOVE);
        // Small moves stay within the rendered items: re-render only before the window runs out.
        if wanted.abs_diff(self.first.get_untracked()) >= ABOVE / 2 {
            self.first.set(wanted);
        }
    }
}
