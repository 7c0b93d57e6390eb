//! Prints the static first view of the bundled articles (see `rassegna_app::first_view`): the
//! app's frame and its first cards, as HTML for `scripts/first-view.mjs` to put in `index.html`.

fn main() {
    let model = rassegna_app::Model::bundled();
    println!("{}", rassegna_app::first_view::first_view(model, rassegna_app::first_view::FIRST_CARDS));
}
