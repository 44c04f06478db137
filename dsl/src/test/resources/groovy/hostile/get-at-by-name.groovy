// expect: groovy-forbidden
template([1].getAt('class').toString()) { version '1' }
