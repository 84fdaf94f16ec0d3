//! A table of rows of one type: columns with a header and a cell renderer, an optional caption,
//! row key, row attributes (`data-testid`, `data-*`, classes) and footer, optionally in a
//! horizontally scrolling wrapper. The views describe their tables with it instead of writing
//! `<table>` markup by hand.
//!
//! ```ignore
//! Table::new("csm-table csm-record-table")
//!     .column(Column::row_header(l.area, |a: &PdcaArea| html! { a.area.get(lang) }))
//!     .column(Column::new(l.planned, |a: &PdcaArea| html! { a.planned_cycle_days }).class("csm-num"))
//!     .row(|a| Row::testid("pdca-area").data("data-area", a.id.clone()))
//!     .scroll()
//!     .render(&p.areas)
//! ```

use yew::prelude::*;
use yew::virtual_dom::{Key, VTag};

/// How a column's cells are made.
enum Cell {
    /// `<td>` around the renderer's content.
    Data,
    /// `<th scope="row">` around the renderer's content.
    RowHeader,
    /// The renderer returns the whole cell.
    Whole,
}

/// A cell renderer.
type Render<'a, T> = Box<dyn Fn(&T) -> Html + 'a>;

/// A row's key.
type KeyOf<'a, T> = Box<dyn Fn(&T) -> Key + 'a>;

/// A row's attributes.
type RowOf<'a, T> = Box<dyn Fn(&T) -> Row + 'a>;

/// One column: its header and how a row fills its cell.
pub struct Column<'a, T> {
    header: Html,
    head_title: Option<AttrValue>,
    head_class: Option<&'static str>,
    cell_class: Option<&'static str>,
    cell: Cell,
    render: Render<'a, T>,
}

impl<'a, T> Column<'a, T> {
    fn with(header: impl Into<Html>, cell: Cell, render: impl Fn(&T) -> Html + 'a) -> Self {
        Column {
            header: header.into(),
            head_title: None,
            head_class: None,
            cell_class: None,
            cell,
            render: Box::new(render),
        }
    }

    /// A column of `<td>` cells holding what `render` returns.
    pub fn new(header: impl Into<Html>, render: impl Fn(&T) -> Html + 'a) -> Self {
        Column::with(header, Cell::Data, render)
    }

    /// A column of row headers (`<th scope="row">`) holding what `render` returns.
    pub fn row_header(header: impl Into<Html>, render: impl Fn(&T) -> Html + 'a) -> Self {
        Column::with(header, Cell::RowHeader, render)
    }

    /// A column whose renderer returns the whole cell (for cells with their own attributes).
    pub fn whole(header: impl Into<Html>, render: impl Fn(&T) -> Html + 'a) -> Self {
        Column::with(header, Cell::Whole, render)
    }

    /// A class on the header and on every cell (`csm-num`).
    pub fn class(self, class: &'static str) -> Self {
        Column { head_class: Some(class), cell_class: Some(class), ..self }
    }

    /// A class on the header only.
    pub fn head_class(self, class: &'static str) -> Self {
        Column { head_class: Some(class), ..self }
    }

    /// A tooltip on the header (`title`), for headers shortened to a mark.
    pub fn head_title(self, title: impl Into<AttrValue>) -> Self {
        Column { head_title: Some(title.into()), ..self }
    }

    /// A class on the cells only (`csm-date`).
    pub fn cell_class(self, class: &'static str) -> Self {
        Column { cell_class: Some(class), ..self }
    }

    fn head(&self) -> Html {
        html! { <th scope="col" class={self.head_class} title={self.head_title.clone()}>{ self.header.clone() }</th> }
    }

    fn cell(&self, row: &T) -> Html {
        let content = (self.render)(row);
        match self.cell {
            Cell::Data => html! { <td class={self.cell_class}>{ content }</td> },
            Cell::RowHeader => html! { <th scope="row" class={self.cell_class}>{ content }</th> },
            Cell::Whole => content,
        }
    }
}

/// The attributes of one row.
#[derive(Default)]
pub struct Row {
    class: Classes,
    attributes: Vec<(&'static str, AttrValue)>,
}

impl Row {
    /// A row with `data-testid`.
    pub fn testid(testid: &'static str) -> Row {
        Row::default().data("data-testid", testid)
    }

    /// Adds an attribute (`data-kind`).
    pub fn data(mut self, name: &'static str, value: impl Into<AttrValue>) -> Row {
        self.attributes.push((name, value.into()));
        self
    }

    /// Adds an attribute if there is a value.
    pub fn data_opt(self, name: &'static str, value: Option<impl Into<AttrValue>>) -> Row {
        match value {
            Some(value) => self.data(name, value),
            None => self,
        }
    }

    /// Adds classes.
    pub fn class(mut self, class: impl Into<Classes>) -> Row {
        self.class.push(class);
        self
    }
}

/// Whether a table scrolls horizontally in its own box.
enum Scroll {
    /// No wrapper.
    No,
    /// `<div class="csm-table-scroll">`.
    Plain,
    /// A focusable, labelled region that also scrolls vertically (long lists).
    Region(AttrValue),
}

/// A table of `T`s.
pub struct Table<'a, T> {
    class: &'static str,
    testid: Option<&'static str>,
    caption: Option<Html>,
    columns: Vec<Column<'a, T>>,
    key: Option<KeyOf<'a, T>>,
    row: Option<RowOf<'a, T>>,
    foot: Option<Html>,
    scroll: Scroll,
}

impl<'a, T> Table<'a, T> {
    /// A table with the classes `class` (`csm-table csm-record-table`).
    pub fn new(class: &'static str) -> Self {
        Table {
            class,
            testid: None,
            caption: None,
            columns: Vec::new(),
            key: None,
            row: None,
            foot: None,
            scroll: Scroll::No,
        }
    }

    /// Adds a column.
    pub fn column(mut self, column: Column<'a, T>) -> Self {
        self.columns.push(column);
        self
    }

    /// The table's `data-testid`.
    pub fn testid(self, testid: &'static str) -> Self {
        Table { testid: Some(testid), ..self }
    }

    /// A caption for screen readers (`<caption class="csm-sr-only">`).
    pub fn caption(self, caption: impl Into<Html>) -> Self {
        Table { caption: Some(caption.into()), ..self }
    }

    /// Keys rows, so a re-ordered table moves its rows rather than rewriting them.
    pub fn key(self, key: impl Fn(&T) -> Key + 'a) -> Self {
        Table { key: Some(Box::new(key)), ..self }
    }

    /// The attributes of each row.
    pub fn row(self, row: impl Fn(&T) -> Row + 'a) -> Self {
        Table { row: Some(Box::new(row)), ..self }
    }

    /// A footer row's cells (`<tfoot><tr>…</tr></tfoot>`).
    pub fn foot(self, cells: Html) -> Self {
        Table { foot: Some(cells), ..self }
    }

    /// Wraps the table in a horizontally scrolling `<div class="csm-table-scroll">`.
    pub fn scroll(self) -> Self {
        Table { scroll: Scroll::Plain, ..self }
    }

    /// Wraps the table in a focusable region named `label` that scrolls both ways (long lists).
    pub fn scroll_region(self, label: impl Into<AttrValue>) -> Self {
        Table { scroll: Scroll::Region(label.into()), ..self }
    }

    fn tr(&self, item: &T) -> Html {
        let mut tr = VTag::new("tr");
        tr.key = self.key.as_ref().map(|key| key(item));
        if let Some(row) = &self.row {
            let Row { class, attributes } = row(item);
            if !class.is_empty() {
                tr.add_attribute("class", class.to_string());
            }
            for (name, value) in attributes {
                tr.add_attribute(name, value);
            }
        }
        tr.add_children(self.columns.iter().map(|c| c.cell(item)));
        tr.into()
    }

    /// The table of `rows`.
    pub fn render<'r>(&self, rows: impl IntoIterator<Item = &'r T>) -> Html
    where
        T: 'r,
    {
        let table = html! {
            <table class={self.class} data-testid={self.testid}>
                if let Some(caption) = &self.caption {
                    <caption class="csm-sr-only">{ caption.clone() }</caption>
                }
                <thead>
                    <tr>{ for self.columns.iter().map(Column::head) }</tr>
                </thead>
                <tbody>{ for rows.into_iter().map(|r| self.tr(r)) }</tbody>
                if let Some(foot) = &self.foot {
                    <tfoot><tr>{ foot.clone() }</tr></tfoot>
                }
            </table>
        };
        match &self.scroll {
            Scroll::No => table,
            Scroll::Plain => html! { <div class="csm-table-scroll">{ table }</div> },
            Scroll::Region(label) => html! {
                <div class="csm-table-scroll csm-scroll" tabindex="0" role="region" aria-label={label.clone()}>
                    { table }
                </div>
            },
        }
    }
}
