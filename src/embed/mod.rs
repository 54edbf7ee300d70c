//! The <program-fit> embed layer (see issue 4).
