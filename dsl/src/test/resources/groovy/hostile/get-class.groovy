// expect: groovy-forbidden
template(getClass().toString()) { version '1' }
